// Validates the custom-elements manifest (dist/custom-elements.json, or the file named) with
// @wc-toolkit/cem-validator, and checks that every module it names is a file the package ships.
// Exits 1 on any error: CI runs it after the build (.ci/run).
import { validateCem } from '@wc-toolkit/cem-validator';
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'dist/custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const problems = [];

// Publishers import types from the package root only (the exports map has no deep paths), so a
// component's types count as exported when the root exports them.
const root = manifest.modules.find((module) => module.path === 'dist/index.js');
if (!root) problems.push('no module dist/index.js (the package root)');
const published = structuredClone(manifest);
for (const module of published.modules) {
  if (module.declarations?.some((declaration) => declaration.customElement))
    module.exports = [...(module.exports ?? []), ...(root?.exports ?? [])];
}

// Every module path and reference names a built file in dist/ (src/ does not ship).
const named = new Set();
JSON.stringify(manifest, (key, value) => ((key === 'path' || key === 'module') && typeof value === 'string' && named.add(value), value));
for (const path of named)
  if (!path.startsWith('dist/') || !existsSync(path)) problems.push(`${path} is named in the manifest, but is no built file`);

try {
  await validateCem(published, {
    rules: {
      packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error' },
      // Off: the analyzer (0.11) writes schema 1.0.0, and a newer number would claim what it does not check.
      manifest: { schemaVersion: 'off', modulePath: 'error', definitionPath: 'error', exportTypes: 'error', tagName: 'error' },
    },
  });
} catch (error) {
  problems.push(error.message);
}
for (const problem of problems) console.error(`${file}: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
