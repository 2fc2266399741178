// Builds the framework examples with esbuild: demo/frameworks/<name>/main.* into app.js beside
// it. They import the package by name, as a publisher's app does: the package refers to itself,
// so `paywall-elements` resolves through package.json's exports to dist/ (run `npm run build`
// first). `node demo/frameworks/build.mjs`, then `npm start` and open /frameworks/react/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const APPS = { react: 'react/main.jsx', vue: 'vue/main.js' };

/** Builds one example; resolves to the files the bundle was made of (esbuild's metafile inputs). */
export async function buildApp(name) {
  const result = await build({
    entryPoints: [here + APPS[name]],
    outfile: `${here}${name}/app.js`,
    bundle: true,
    format: 'esm',
    target: 'es2021',
    jsx: 'automatic',
    // Development builds: React's and Vue's own warnings are on, and the tests fail on any.
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    // The full build of Vue, which compiles the example's template in the browser.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    metafile: true,
    logLevel: 'warning',
  });
  return Object.keys(result.metafile.inputs);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of Object.keys(APPS)) await buildApp(name);
}
