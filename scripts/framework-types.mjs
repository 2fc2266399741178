// Writes the frameworks' element types from the custom-elements manifest (`npm run build` runs
// it after the analyzer): dist/types/elements.d.ts says what each tag takes (attributes,
// properties, events), and one small file per framework puts the tags into that framework's
// element table. Our own generator, not @wc-toolkit/jsx-types: that one augments eight JSX
// modules and the global JSX namespace in one file, imports names the package root does not
// export, types the read-only `state` as a prop, and has no Vue or Svelte output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const OUT = 'dist/types';
const HEADER = '// Generated from dist/custom-elements.json by scripts/framework-types.mjs: do not edit.\n';
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const rootExports = new Set(manifest.modules.find((module) => module.path === 'dist/index.js').exports.map((entry) => entry.name));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

for (const element of elements) {
  if (!rootExports.has(element.name)) throw new Error(`framework-types: ${element.name} is not exported by the package root`);
}

/** A JSDoc line from the manifest's description. */
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replaceAll('*/', '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** Public fields a page may set: not private, protected, static or read-only. */
const settable = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static && !member.readonly);

function interfaceOf(name, summary, entries) {
  return `/** ${summary} */\nexport interface ${name} {\n${entries.join('')}}\n`;
}

function elementTypes(element) {
  const fields = new Map(settable(element).map((field) => [field.name, field]));
  // Attributes of settable fields only: the gate's reflected `state` is the gate's to set.
  const attributes = (element.attributes ?? []).filter((attribute) => fields.has(attribute.fieldName));
  const events = element.events ?? [];
  const tag = `\`<${element.tagName}>\``;
  return [
    interfaceOf(
      `${element.name}Attributes`,
      `${tag}: its attributes, typed as their properties.`,
      attributes.map((a) => `${doc(a.description)}  ${key(a.name)}?: ${element.name}['${a.fieldName}'];\n`),
    ),
    interfaceOf(
      `${element.name}Properties`,
      `${tag}: the properties a framework may set.`,
      [...fields.values()].map((f) => `${doc(f.description)}  ${key(f.name)}?: ${element.name}['${f.name}'];\n`),
    ),
    interfaceOf(
      `${element.name}Events`,
      `${tag}: its events, by name.`,
      events.map((e) => `${doc(e.description)}  ${key(e.name)}: ${e.type?.text ?? 'Event'};\n`),
    ),
    `/** ${tag}: attributes, properties and \`on<event>\` handlers (JSX in React 19 and Preact, Svelte 5). */\n` +
      `export type ${element.name}Props = ${element.name}Attributes & ${element.name}Properties & EventHandlers<${element.name}Events>;\n`,
  ].join('\n');
}

function elementsFile() {
  const eventTypes = elements.flatMap((element) => (element.events ?? []).map((event) => event.type?.text ?? ''));
  const named = new Set(eventTypes.flatMap((text) => text.match(/[A-Za-z_$][\w$]*/g) ?? []).filter((name) => rootExports.has(name)));
  const imports = [...new Set([...elements.map((element) => element.name), ...named])].sort();
  const table = (suffix) => elements.map((element) => `  '${element.tagName}': ${element.name}${suffix};\n`).join('');
  return [
    HEADER,
    `import type { ${imports.join(', ')} } from '../index.js';\n\n`,
    "/** `on` and the event's name, as React 19, Preact and Svelte 5 bind a custom element's events. */\n",
    'export type EventHandlers<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };\n\n',
    '/** Preact and Svelte take every `on…` prop for a listener: `on-failure` and `onFailure` are left out (set the property). */\n',
    'export type OnlyListenersOn<Props> = {\n',
    '  [Key in keyof Props as Key extends `on${string}` ? (Props[Key] extends ((event: never) => void) | undefined ? Key : never) : Key]: Props[Key];\n',
    '};\n\n',
    elements.map(elementTypes).join('\n'),
    `\n/** Each tag's class. */\nexport interface PaywallElementClasses {\n${table('')}}\n`,
    `\n/** Each tag's attributes, properties and event handlers. */\nexport interface PaywallElementProps {\n${table('Props')}}\n`,
    `\n/** Each tag's properties (Vue). */\nexport interface PaywallElementProperties {\n${table('Properties')}}\n`,
    `\n/** Each tag's events, by name (Vue). */\nexport interface PaywallElementEvents {\n${table('Events')}}\n`,
  ].join('');
}

/** Each framework's file: its table of elements gains the tags, each typed as `entry` (with `Tag` the tag). */
const FRAMEWORKS = {
  react: {
    about: 'React 19 and up: `<paywall-gate preview-length={2} onpaywall-unlock={…}>` in JSX.',
    imports: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    entry: 'DetailedHTMLProps<HTMLAttributes<PaywallElementClasses[Tag]>, PaywallElementClasses[Tag]> & PaywallElementProps[Tag]',
    augment: "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements extends Elements {}\n  }\n}",
  },
  preact: {
    about: 'Preact: `<paywall-gate preview-length={2} onpaywall-unlock={…}>` in JSX.',
    imports: "import type { HTMLAttributes } from 'preact';",
    entry: 'HTMLAttributes<PaywallElementClasses[Tag]> & OnlyListenersOn<PaywallElementProps[Tag]>',
    augment: "declare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements extends Elements {}\n  }\n}",
  },
  svelte: {
    about: 'Svelte 5: `<paywall-gate preview-length={2} onpaywall-unlock={…}>` in markup.',
    imports: "import type { HTMLAttributes } from 'svelte/elements';",
    entry: 'HTMLAttributes<PaywallElementClasses[Tag]> & OnlyListenersOn<PaywallElementProps[Tag]>',
    augment: "declare module 'svelte/elements' {\n  interface SvelteHTMLElements extends Elements {}\n}",
  },
  vue: {
    about:
      'Vue 3: the tags as global components, for vue-tsc and Vue\'s editor tools: `<paywall-gate :preview-length="2" @paywall-unlock="…">`.',
    imports: "import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';",
    // Vue's documented pattern for custom elements: $props and $emit for the template checker only.
    entry:
      'new () => PaywallElementClasses[Tag] & {\n    /** @deprecated For template type checking; not on the element. */\n    $props: HTMLAttributes & PaywallElementProperties[Tag] & PublicProps;\n    /** @deprecated For template type checking; not on the element. */\n    $emit: EmitFn<{ [Name in keyof PaywallElementEvents[Tag]]: (event: PaywallElementEvents[Tag][Name]) => void }>;\n  }',
    augment: "declare module 'vue' {\n  interface GlobalComponents extends Elements {}\n}",
  },
};

function frameworkFile({ about, imports, entry, augment }) {
  const names = [
    'PaywallElementClasses',
    'PaywallElementProps',
    'PaywallElementProperties',
    'PaywallElementEvents',
    'OnlyListenersOn',
  ].filter((name, index) => index === 0 || entry.includes(name));
  return [
    HEADER,
    `// ${about}\n`,
    `${imports}\nimport type { ${names.join(', ')} } from './elements.js';\n\n`,
    `type Elements = {\n  [Tag in keyof PaywallElementClasses]: ${entry};\n};\n\n`,
    `${augment}\n`,
  ].join('');
}

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/elements.d.ts`, elementsFile());
for (const [name, framework] of Object.entries(FRAMEWORKS)) writeFileSync(`${OUT}/${name}.d.ts`, frameworkFile(framework));
