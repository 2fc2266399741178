// The script-tag file, `paywall-elements.min.js`: a classic script (or a module) that loads the
// library's module from beside itself. A page may load it more than once: the module runs once.
const LOADED = Symbol.for('paywall-elements');
/** Beside this file; a variable, so that the build leaves it for the browser to resolve against this script's own address. */
const LIBRARY = './paywall-elements.js';
const page = globalThis as typeof globalThis & { [LOADED]?: true };

if (!page[LOADED]) {
  page[LOADED] = true;
  import(LIBRARY).catch((error: unknown) => {
    console.warn(`<paywall-gate> the library could not be loaded (${String(error)}); the articles are shown whole.`);
  });
}
