// The docs against the code: the API tables in docs/ are the manifest's (`npm run docs -- --check`),
// every public attribute, event, slot and part is on its element's page, the no-flash snippet is
// the demo pages' own, and every relative link in README.md and docs/ leads to a file and heading
// that exist. Builds nothing: `npm test` builds first (run `npm run build` before running it alone).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementsOf, MANIFEST, pageOf, TAGS } from '../../scripts/docs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');

describe('docs', () => {
  it('npm run docs -- --check: the API tables match dist/custom-elements.json', () => {
    assert.ok(existsSync(MANIFEST), 'dist/custom-elements.json is missing: run `npm run build` first');
    const run = spawnSync(process.execPath, [join(root, 'scripts/docs.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr || run.stdout);
  });

  it('names every public attribute, event, slot and part of each element on its page', () => {
    const elements = elementsOf(JSON.parse(readFileSync(MANIFEST, 'utf8')));
    for (const tag of TAGS) {
      const element = elements.get(tag);
      assert.ok(element, `<${tag}> is in the manifest`);
      const page = readFileSync(pageOf(tag), 'utf8');
      const names = [
        ...(element.attributes ?? []).map((a) => a.name),
        ...(element.events ?? []).map((e) => e.name),
        ...(element.slots ?? []).map((s) => s.name).filter(Boolean),
        ...(element.cssParts ?? []).map((p) => p.name),
        ...(element.cssProperties ?? []).map((p) => p.name),
      ];
      const missing = names.filter((name) => !page.includes(`\`${name}\``));
      assert.deepEqual(missing, [], `docs/${tag}.md does not name ${missing.join(', ')}`);
      if ((element.slots ?? []).some((s) => !s.name)) assert.match(page, /\| \(default\) /, `docs/${tag}.md lists the default slot`);
    }
  });

  it('gives the no-flash snippet exactly as every demo page that has it carries it', () => {
    /** From `@media (scripting: enabled)` to the end of the `@keyframes` block, each line trimmed (the pages indent it). */
    const block = (text) => {
      const start = text.indexOf('@media (scripting: enabled)');
      const keyframes = text.indexOf('@keyframes paywall-script-missing');
      assert.ok(start >= 0 && keyframes > start, 'the snippet is there');
      const end = text.indexOf('}', text.indexOf('}', keyframes) + 1);
      return text
        .slice(start, end + 1)
        .split('\n')
        .map((line) => line.trim())
        .join('\n');
    };
    const documented = block(read('docs/paywall-gate.md'));
    const pages = ['demo', 'demo/articles']
      .flatMap((folder) => readdirSync(join(root, folder)).map((name) => join(folder, name)))
      .filter((path) => path.endsWith('.html') && read(path).includes('@media (scripting: enabled)'));
    assert.ok(pages.length >= 8, `demo pages with the snippet: ${pages.length}`);
    for (const path of pages) assert.equal(block(read(path)), documented, `${path} carries the documented snippet`);
  });

  it('links only to files and headings that exist, from README.md and every page in docs/', () => {
    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    const slug = (heading) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
    const anchorsOf = (text) => {
      const outside = text.replace(/^```[\s\S]*?^```/gm, '');
      return new Set([...outside.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => slug(heading)));
    };
    const files = [
      'README.md',
      'CONTRIBUTING.md',
      'CHANGELOG.md',
      ...readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const broken = [];
    for (const file of files.filter((f) => existsSync(join(root, f)))) {
      const text = read(file).replace(/^```[\s\S]*?^```/gm, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [path, anchor] = target.split('#');
        const resolved = path ? relative(root, join(root, dirname(file), path)) : file;
        if (!existsSync(join(root, resolved))) broken.push(`${file}: ${target} (no such file)`);
        else if (anchor && resolved.endsWith('.md') && !anchorsOf(read(resolved)).has(anchor))
          broken.push(`${file}: ${target} (no such heading)`);
      }
    }
    assert.deepEqual(broken, []);
  });
});
