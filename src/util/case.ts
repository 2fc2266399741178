/** `previewLength` → `preview-length`: a property's attribute name. */
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** `preview-length` → `previewLength`: an attribute's (or a JSON key's) property name. */
export const camel = (name: string): string => name.replace(/-([a-z])/g, (_dash, letter: string) => letter.toUpperCase());
