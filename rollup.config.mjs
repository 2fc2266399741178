import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import pkg from './package.json' with { type: 'json' };
import minifyLiterals from './scripts/minify-literals.mjs';

/** Terser's compression for the bundle; `npm run bench` minifies its bare LitElement the same way. */
export const COMPRESS = { passes: 4, inline: 1, unsafe: true, unsafe_arrows: true, unsafe_comps: true, unsafe_math: true, unsafe_methods: true };

// The script-tag bundle: Lit inside, one IIFE, so that it registers the tags whether the page
// loads it as <script type="module"> or as a classic <script defer>. The unbundled ESM for npm
// users is emitted by tsc (`npm run build:esm`).
const library = {
  input: 'src/define.ts',
  output: {
    file: `dist/${pkg.name}.min.js`,
    format: 'iife',
    // The map ships beside the bundle, unannounced: the comment that names it costs every reader bytes.
    sourcemap: 'hidden',
  },
  plugins: [
    resolve(),
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist',
    }),
    minifyLiterals(),
    terser({
      ecma: 2021,
      // Four passes, no inlining of functions called once (smaller once gzipped), and arrow
      // functions and methods in place of function expressions: nothing here needs a prototype.
      // `unsafe` and `unsafe_math` write String(x) as x+"" and Number(x) as +x, which differ only
      // for a Symbol or BigInt where text or a number belongs (a page setting such a property
      // gets an error in that update, not a warning); `unsafe_comps` flips < and >, which
      // differs only for objects with a side-effecting valueOf.
      compress: COMPRESS,
      // Private members are named `_like` this (Lit's own convention; its internals are `_$…`),
      // so their names can shrink: nothing outside the class reads them.
      mangle: { properties: { regex: /^_[a-z]/ } },
      format: { comments: false },
    }),
  ],
};

// The demo's "site build" page: a publisher's script importing the package by name (resolved
// through package.json's exports to dist/, which `npm run build:esm` made first).
const siteBuild = {
  input: 'demo/bundled/main.js',
  output: { file: 'demo/bundled/app.js', format: 'es' },
  plugins: [resolve()],
};

export default [library, siteBuild];
