// The package as a publisher gets it: packed (`npm pack`), installed from the tarball into a
// fresh project with the registry's TypeScript and framework types, then used only from the
// outside, through its exports. One pack and one install serve every check below.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { launchBrowser, watchedPage } from '../support/browser.mjs';
import { shippedFileProblems } from '../support/package-files.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const ours = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const typescript = JSON.parse(await readFile(join(root, 'node_modules/typescript/package.json'), 'utf8')).version;
// What the consumer installs beside the tarball: our own pinned versions (Lit SSR for the SSR
// entry, an optional peer), and for the two frameworks we do not use ourselves, pinned here.
const INSTALL = [
  `typescript@${typescript}`,
  ...['@types/react', '@lit/react', 'vue', '@lit-labs/ssr'].map((name) => `${name}@${ours.devDependencies[name]}`),
  'preact@11.2.0',
  'svelte@5.57.3',
];

const project = { dir: '', pkg: '', files: [] };
before(async () => {
  project.dir = await mkdtemp(join(tmpdir(), 'paywall-package-'));
  // Built by `npm test`'s pretest: --ignore-scripts skips prepack's second build.
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project.dir], { cwd: root });
  const [packed] = JSON.parse(stdout);
  project.files = packed.files.map((file) => file.path);
  await writeFile(join(project.dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project.dir, packed.filename), ...INSTALL], {
    cwd: project.dir,
  });
  project.pkg = join(project.dir, 'node_modules/paywall-elements');
  await cp(join(root, 'test/e2e/package-consumer'), project.dir, { recursive: true });
});
after(() => rm(project.dir, { recursive: true, force: true }));

/** Runs the consumer's tsc on a tsconfig written for the case; rejects with tsc's report. */
async function tsc(name, compilerOptions, files) {
  const config = {
    compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM', 'DOM.Iterable'], ...compilerOptions },
    files,
  };
  await writeFile(join(project.dir, `tsconfig.${name}.json`), JSON.stringify(config));
  const bin = join(project.dir, 'node_modules/typescript/bin/tsc');
  await run(process.execPath, [bin, '-p', `tsconfig.${name}.json`], { cwd: project.dir }).catch((error) => {
    throw new Error(`tsc (${name}) failed:\n${error.stdout}${error.stderr}`);
  });
}

describe('the packed package, installed', () => {
  it('ships what its exports reach and nothing else: no src/, test/, demo/, tests or declaration maps', async () => {
    assert.deepEqual(await shippedFileProblems(project.pkg, project.files), []);
  });

  it('imports in Node, registers with define.js, and bundles (esbuild) from its exports', async () => {
    const script = `const { PaywallGate } = await import('paywall-elements'); await import('paywall-elements/define.js');
      if (customElements.get('paywall-gate') !== PaywallGate) process.exit(1);`;
    // Lit's Node build brings a DOM shim with a custom-element registry.
    await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project.dir });
    const result = await build({ entryPoints: [join(project.dir, 'classes.ts')], bundle: true, write: false, logLevel: 'silent' });
    assert.match(result.outputFiles[0].text, /paywall-gate/);
  });

  it('type-checks the classes and define.js; JSX for React 19 (preview-length, onpaywall-unlock) and Preact; the React 18 wrappers; Vue and Svelte; paywall-elements/ssr; wrong uses fail', async () => {
    const frameworks = ['vue', 'svelte', 'preact'].map((name) => `paywall-elements/types/${name}`);
    await Promise.all([
      // Our declarations checked too (skipLibCheck off), as the strictest publisher's build would.
      tsc('bundler', { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', types: [] }, ['classes.ts', 'react.tsx']),
      // Node's own resolution; skipLibCheck on, as most apps have it (Vue's declarations take long to check).
      tsc('nodenext', { module: 'nodenext', moduleResolution: 'nodenext', jsx: 'react-jsx', skipLibCheck: true, types: frameworks }, [
        'classes.ts',
        'preact.tsx',
        'vue-svelte.ts',
        'ssr.ts',
      ]),
    ]);
  });

  it('serves the manifest through its export, named by "customElements", naming files the package has', async () => {
    const require = createRequire(join(project.dir, 'package.json'));
    const file = require.resolve('paywall-elements/custom-elements.json');
    assert.equal(file, join(project.pkg, JSON.parse(await readFile(join(project.pkg, 'package.json'), 'utf8')).customElements));
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    assert.deepEqual(tags.sort(), ['benefits-list', 'paywall-gate', 'plan-card']);
    const missing = manifest.modules.map((module) => module.path).filter((path) => !project.files.includes(path));
    assert.deepEqual(missing, []);
  });

  it('runs the script bundle from its export in Chromium: the tags register, the gate locks', async () => {
    const require = createRequire(join(project.dir, 'package.json'));
    const bundle = require.resolve('paywall-elements/paywall-elements.min.js');
    const browser = await launchBrowser();
    try {
      const { page, problems } = await watchedPage(browser);
      await servePackage(page, dirname(bundle));
      await page.goto('https://publisher.test/article.html');
      await page.waitForFunction(() => document.querySelector('paywall-gate')?.getAttribute('state') === 'locked');
      const seen = await page.evaluate(async () => {
        await customElements.whenDefined('plan-card');
        return { paragraphs: document.querySelectorAll('paywall-gate p').length, card: !!document.querySelector('plan-card').shadowRoot };
      });
      assert.deepEqual(seen, { paragraphs: 1, card: true });
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });

  it('renders in Node from paywall-elements/ssr: a locked gate and a plan card, with declarative shadow roots and real links', async () => {
    const script = `const { renderGate, renderPlanCard } = await import('paywall-elements/ssr');
      const plan = { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '/checkout/annual' };
      const gate = renderGate({ url: 'https://news.example/story', html: '<article><p>One.</p></article>', config: { plans: [plan] } });
      process.stdout.write(JSON.stringify([gate, renderPlanCard(plan)]));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project.dir });
    const [gate, card] = JSON.parse(stdout);
    assert.match(
      gate,
      /^(<!--[^>]*-->)*<paywall-gate[^>]* state="locked" server-rendered><article><p>One.<\/p><\/article><script type="application\/json">[^<]*<\/script><template shadowroot="open" shadowrootmode="open">/,
    );
    for (const html of [gate, card])
      assert.match(
        html,
        /<plan-card[^>]*><template shadowroot="open" shadowrootmode="open">[\s\S]*<a part="cta" href="\/checkout\/annual"/,
      );
  });
});

/** Answers the page's requests from the installed package's folder, under a publisher's origin. */
async function servePackage(page, folder) {
  const article = `<!doctype html><html lang="en"><link rel="icon" href="data:,"><script src="/paywall-elements.min.js" defer></script>
    <paywall-gate preview-length="1" preview-unit="paragraphs"><article><p>One.</p><p>Two.</p><p>Three.</p></article></paywall-gate>
    <plan-card name="Annual" price="2700" currency="INR" period="P1Y" href="/subscribe"></plan-card>
    <script>document.querySelector("paywall-gate").entitlement = { granted: false };</script></html>`;
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === '/article.html') return request.respond({ contentType: 'text/html', body: article });
    const body = await readFile(join(folder, pathname)).catch(() => null);
    return body ? request.respond({ contentType: 'text/javascript', body }) : request.respond({ status: 404, body: 'Not found' });
  });
}
