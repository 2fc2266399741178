import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import pkg from './package.json' with { type: 'json' };

/** The library's tags: when a page already has all three, a second copy of the bundle stops before evaluating anything. */
const TAGS = ['plan-card', 'benefits-list', 'paywall-gate'];

/**
 * Optional parts: separate files beside the bundle, loaded by it only on the pages that need
 * them (`import('./parts/…')` resolves against the bundle's own URL).
 */
const PARTS = { 'src/sanitize/article-html.ts': 'parts/hard-mode.js' };
const partOf = (id) => Object.entries(PARTS).find(([source]) => id.replace(/\.js$/, '.ts').replaceAll('\\', '/').endsWith(source.slice(3)))?.[1];

/** Terser's plain, safe settings, shared with `npm run bench`, which builds its bare LitElement the same way. */
export const TERSER = { ecma: 2021, module: false, format: { comments: false } };

// The script-tag bundle: Lit inside, one IIFE, so that it registers the tags whether the page
// loads it as <script type="module"> or as a classic <script defer>. The unbundled ESM for npm
// users is emitted by tsc (`npm run build:esm`).
const library = {
  input: 'src/define.ts',
  external: (id) => partOf(id) !== undefined,
  output: {
    paths: (id) => `./${partOf(id)}`,
    file: `dist/${pkg.name}.min.js`,
    format: 'iife',
    // A second copy on the page returns before Lit is evaluated again: Lit makes a Trusted Types
    // policy when it loads, and a page whose CSP has no 'allow-duplicates' refuses a second one.
    intro: `if (${JSON.stringify(TAGS)}.every((tag) => customElements.get(tag))) return;`,
    // The map is announced (sourceMappingURL), so that a CDN user's devtools find it.
    sourcemap: true,
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    // The sources go into the map itself: a CDN user has the bundle and its map, not src/.
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', inlineSources: true }),
    minifyHtmlLiterals(),
    terser(TERSER),
  ],
};

// Each optional part on its own, as an ES module the bundle imports when a page needs it.
const parts = Object.entries(PARTS).map(([input, file]) => ({
  input,
  output: { file: `dist/${file}`, format: 'es', sourcemap: true },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist/parts', inlineSources: true }),
    terser({ ...TERSER, module: true }),
  ],
}));

// The demo's "site build" page: a publisher's script importing the package by name (resolved
// through package.json's exports to dist/, which `npm run build:esm` made first).
const siteBuild = {
  input: 'demo/bundled/main.js',
  output: { file: 'demo/bundled/app.js', format: 'es' },
  plugins: [resolve()],
};

export default [library, ...parts, siteBuild];
