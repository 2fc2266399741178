import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import pkg from './package.json' with { type: 'json' };
import minifyLiterals from './scripts/minify-literals.mjs';

/**
 * Drops lit-html's two page-wide registrations from the bundle: the hook for the ShadyDOM
 * polyfills (`litHtmlPolyfillSupport`, for browsers without shadow DOM, which the library does
 * not support) and the `litHtmlVersions` list (read by Lit's dev mode to warn about several
 * copies). Neither changes rendering. Fails the build when lit-html changes shape, so that this
 * never silently stops applying.
 */
function withoutLitRegistrations() {
  const REGISTRATIONS = /,(\w+)=(\w+)\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),\(\2\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\);/;
  return {
    name: 'without-lit-registrations',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/node_modules/lit-html/lit-html.js')) return null;
      if (!REGISTRATIONS.test(code)) this.error('lit-html changed: update withoutLitRegistrations() in rollup.config.mjs');
      return { code: code.replace(REGISTRATIONS, ';'), map: null };
    },
  };
}

/** Terser's compression for the bundle; `npm run bench` minifies its bare LitElement the same way. */
export const COMPRESS = { passes: 4, inline: 1, unsafe: true, unsafe_arrows: true, unsafe_math: true, unsafe_methods: true };

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
    withoutLitRegistrations(),
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
      // gets an error in that update, not a warning). Not `unsafe_comps`: it turns !(a > b) into
      // a <= b, which differs for NaN (a doubled Content-Length header is one).
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
