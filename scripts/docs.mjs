// `npm run docs`: writes each component's API tables (attributes and properties, methods, events,
// slots, parts, CSS custom properties) into its page, docs/TAG.md, between the markers
// `<!-- api:start -->` and `<!-- api:end -->`. The one source is dist/custom-elements.json, which
// `npm run build` makes from the class JSDoc in src/components/; the prose around the markers is
// written by hand. `npm run docs -- --check` changes nothing and exits 1 when a page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const root = new URL('..', import.meta.url);
export const MANIFEST = new URL('dist/custom-elements.json', root);
export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';
const NOTE = '<!-- Written by `npm run docs` from dist/custom-elements.json (the class JSDoc): edit the JSDoc, not this table. -->';

/** The components the docs describe, by tag; each has docs/TAG.md. */
export const TAGS = ['paywall-gate', 'plan-card', 'benefits-list'];

/** The page of a tag. */
export const pageOf = (tag) => new URL(`docs/${tag}.md`, root);

/** Each documented element's declaration in the manifest, by tag. */
export function elementsOf(manifest) {
  const elements = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && TAGS.includes(declaration.tagName)) elements.set(declaration.tagName, declaration);
    }
  }
  return elements;
}

/** Whether a class member is part of the public API: not private, protected, static or named `_like` this. */
const isPublic = (member) => !member.privacy && !member.static && !member.name.startsWith('_');

/** Text for one table cell: on one line, with pipes escaped. */
const cell = (value) =>
  String(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (value) => (value === undefined || value === '' ? '' : `\`${cell(value)}\``);
/** A type as a reader needs it: `undefined` is implied for every optional property. */
const typeOf = (type) => code(type?.text?.replace(/\s*\|\s*undefined\b/g, ''));

function table(head, rows) {
  if (rows.length === 0) return '';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The attribute and property rows: every public field, with its attribute when it has one, and attributes of no field. */
function propertyRows(element) {
  const attributes = element.attributes ?? [];
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const rows = fields.map((field) => {
    const attribute = attributes.find((a) => a.fieldName === field.name || (!a.fieldName && a.name === field.name));
    const property = field.readonly ? `${code(field.name)} (read-only)` : code(field.name);
    const reflects = field.reflects || (attribute && !attribute.fieldName) ? ' (reflected)' : '';
    const description = field.description || attribute?.description;
    return [
      attribute ? `${code(attribute.name)}${reflects}` : '',
      property,
      typeOf(attribute && !attribute.fieldName ? attribute.type : (field.type ?? attribute?.type)),
      code(field.default),
      cell(description),
    ];
  });
  for (const attribute of attributes) {
    if (attribute.fieldName || fields.some((f) => f.name === attribute.name)) continue;
    rows.push([code(attribute.name), '', typeOf(attribute.type), code(attribute.default), cell(attribute.description)]);
  }
  return rows;
}

/** The generated API section of one element, as markdown (not yet formatted). */
export function apiSection(element) {
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
  const sections = [
    ['Attributes and properties', table(['Attribute', 'Property', 'Type', 'Default', 'Description'], propertyRows(element))],
    [
      'Methods',
      table(
        ['Method', 'Returns', 'Description'],
        methods.map((m) => [code(`${m.name}()`), typeOf(m.return?.type), cell(m.description)]),
      ),
    ],
    [
      'Events',
      table(
        ['Event', 'Type', 'Description'],
        (element.events ?? []).map((e) => [code(e.name), typeOf(e.type), cell(e.description)]),
      ),
    ],
    [
      'Slots',
      table(
        ['Slot', 'Description'],
        (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    ],
    [
      'CSS parts',
      table(
        ['Part', 'Description'],
        (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['Property', 'Default', 'Description'],
        (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
    ],
  ];
  const body = sections
    .filter(([, content]) => content)
    .map(([title, content]) => `### ${title}\n\n${content}`)
    .join('\n\n');
  return `${START}\n\n${NOTE}\n\n${body}\n\n${END}`;
}

/** A page with its API section written anew, formatted as `prettier --check` wants it. Throws when the markers are missing. */
export async function withApi(page, text, element) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${fileURLToPath(page)} has no ${START} … ${END} markers.`);
  const written = text.slice(0, start) + apiSection(element) + text.slice(end + END.length);
  const filepath = fileURLToPath(page);
  return prettier.format(written, { ...(await prettier.resolveConfig(filepath)), filepath });
}

/** The pages whose API section differs from the manifest's, after writing them unless `check`. */
export async function updatePages({ check }) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    throw new Error('dist/custom-elements.json is missing: run `npm run build` first.');
  }
  const elements = elementsOf(manifest);
  const stale = [];
  for (const tag of TAGS) {
    const element = elements.get(tag);
    if (!element) throw new Error(`<${tag}> is not in dist/custom-elements.json.`);
    const page = pageOf(tag);
    const text = readFileSync(page, 'utf8');
    const updated = await withApi(page, text, element);
    if (updated === text) continue;
    stale.push(`docs/${tag}.md`);
    if (!check) writeFileSync(page, updated);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  try {
    const stale = await updatePages({ check });
    if (check && stale.length > 0) {
      console.error(`Stale API tables in ${stale.join(', ')}: run \`npm run docs\` (after \`npm run build\`).`);
      process.exit(1);
    }
    console.log(
      check ? 'The API tables in docs/ match the manifest.' : stale.length ? `Updated ${stale.join(', ')}.` : 'Nothing to update.',
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
