import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };

/**
 * Terser's plain, safe settings (no `unsafe*` option; a second compress pass, which finds what the
 * first one's output makes possible), shared with `npm run bench`, which builds its bare LitElement
 * the same way.
 */
export const TERSER = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } };

/** The TypeScript sources compiled for a bundle; the sources go into the maps (a CDN user has the files and their maps, not src/). */
const compile = () =>
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', inlineSources: true });

// The script-tag build, in two steps:
// - the library as browser modules: `paywall-elements.js`, Lit included, with `<paywall-gate>`;
//   and beside it, in parts/, what only some pages need (the offer's elements, hard mode's
//   cleaner, each language's copy), which it loads when a page needs them;
// - the file a page's script tag names, `paywall-elements.min.js`: a classic script (or a
//   module) that loads `paywall-elements.js` from beside itself.
// The unbundled ESM for npm users is emitted by tsc (`npm run build:esm`).
// Each language's copy (src/locales/hi.ts and so on) is a part of its own, parts/locale-hi.js,
// which the library loads when a page's language needs it (src/locales/files.ts lists them).
const LOCALES = readdirSync('src/locales').filter((file) => /^[a-z]{2,3}\.ts$/.test(file));
const localeParts = Object.fromEntries(LOCALES.map((file) => [`parts/locale-${file.slice(0, -3)}`, `src/locales/${file}`]));

const browserModules = {
  input: { [pkg.name]: 'src/browser.ts', ...localeParts },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'parts/[name].js', sourcemap: true },
  plugins: [resolve({ exportConditions: ['production'] }), compile(), minifyHtmlLiterals(), terser(TERSER)],
};

const scriptTag = {
  input: 'src/browser-loader.ts',
  output: { file: `dist/${pkg.name}.min.js`, format: 'iife', sourcemap: true },
  plugins: [compile(), terser({ ...TERSER, module: false })],
};

// The demo's "site build" page: a publisher's script importing the package by name (resolved
// through package.json's exports to dist/, which `npm run build:esm` made first).
const siteBuild = {
  input: 'demo/bundled/main.js',
  output: { file: 'demo/bundled/app.js', format: 'es', inlineDynamicImports: true },
  plugins: [resolve()],
};

export default [browserModules, scriptTag, siteBuild];
