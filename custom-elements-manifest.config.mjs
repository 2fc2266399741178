import { posix } from 'node:path';

/** Where tsc puts a source file: the manifest names the files the package ships, not src/ (which it does not). */
const built = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** The modules that register the tags, with what each registers (src/define.ts and the offer's module). */
const DEFINITIONS = {
  'src/define.ts': { 'paywall-gate': 'PaywallGate' },
  'src/elements/offer-elements.ts': { 'plan-card': 'PlanCard', 'benefits-list': 'BenefitsList' },
};

/** Calls `visit` on every object in the tree that references a module. */
function eachReference(node, visit) {
  if (Array.isArray(node)) node.forEach((child) => eachReference(child, visit));
  else if (node && typeof node === 'object') {
    if (typeof node.module === 'string') visit(node);
    Object.values(node).forEach((child) => eachReference(child, visit));
  }
}

export default {
  plugins: [
    {
      // The analyzer sees `customElements.define(tag, type)` in the guard, not the tags the
      // define modules register through it; tools read the definitions to know what to import.
      name: 'tag-definitions',
      packageLinkPhase({ customElementsManifest: { modules } }) {
        const classModule = (name) => modules.find((module) => module.declarations?.some((d) => d.customElement && d.name === name))?.path;
        for (const module of modules) {
          module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
          for (const [tag, name] of Object.entries(DEFINITIONS[module.path] ?? {})) {
            const path = classModule(name);
            if (!path) throw new Error(`custom-elements-manifest.config.mjs: no element class ${name} for <${tag}>`);
            module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name, module: path } });
          }
        }
      },
    },
    {
      // Last: every path and module reference becomes the built file's, relative ones resolved.
      name: 'built-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const from = posix.dirname(module.path);
          eachReference(module, (reference) => {
            const path = reference.module.startsWith('.') ? posix.join(from, reference.module) : reference.module;
            reference.module = built(path);
          });
          module.path = built(module.path);
        }
      },
    },
  ],
};
