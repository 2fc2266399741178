import { LOCALE_FILES } from './files.js';
import { registerLocale, setLocaleLoader, type LocaleModule } from './registry.js';

/**
 * The script-tag build's locales: a language with a module of its own (src/locales/hi.ts, built
 * as parts/locale-hi.js) is fetched from beside the library the first time an element needs it,
 * and registered. A module that cannot be loaded says why in the console, once, as the browser
 * words it; its elements keep English.
 */
export function loadLocalesWhenNeeded(): void {
  const unasked = new Set(LOCALE_FILES);
  setLocaleLoader((language) => {
    // A variable path: the browser resolves it beside the library's module.
    if (unasked.delete(language))
      import(`./parts/locale-${language}.js`).then((module: LocaleModule) => registerLocale(module.default), console.warn);
    return LOCALE_FILES.includes(language);
  });
}
