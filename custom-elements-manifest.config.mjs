// The components' attributes are their property names in kebab case (see src/base/base-element.ts),
// which the analyzer's Lit plugin cannot know: it would list `previewLength` for `preview-length`.
const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export default {
  plugins: [
    {
      name: 'kebab-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const attribute of declaration.attributes ?? []) {
              if (!attribute.fieldName) continue;
              attribute.name = kebab(attribute.name);
              const field = declaration.members?.find((member) => member.name === attribute.fieldName);
              if (field) field.attribute = attribute.name;
            }
          }
        }
      },
    },
  ],
};
