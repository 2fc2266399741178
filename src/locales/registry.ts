import { isServer, type ReactiveControllerHost } from 'lit';
import type { Locale } from './locale.js';

/** A locale module, as `import('…/locales/hi.js')` gives it. */
export interface LocaleModule {
  default: Locale;
}

/** The registered locales, by language (`hi`). */
const locales = new Map<string, Locale>();
/** Elements showing English while their language's copy is away: each updates when a locale comes. */
const waiting = new Set<ReactiveControllerHost>();
/**
 * Asked for a language without a locale: the script-tag build fetches its module, and answers
 * `false` for a language it has none for, whose elements then stay English without waiting.
 */
let loader: ((language: string) => boolean) | undefined;

/**
 * Makes a locale the default copy of every element whose nearest `lang` has its language (`fr`
 * for `fr`, `fr-FR` and `fr-CA`); the elements already showing English update. A locale
 * registered later for the same language replaces it.
 */
export function registerLocale(locale: Locale): void {
  locales.set(locale.lang, locale);
  for (const host of waiting) host.requestUpdate();
  waiting.clear();
}

/** How the script-tag build fetches a language's module when a page needs one (npm users register locales themselves). */
export function setLocaleLoader(load: (language: string) => boolean): void {
  loader = load;
}

/**
 * The locale for a canonical language tag (`hi-IN`, as the nearest `lang` gives it), or
 * `undefined` for English. Without one, the loader is asked for the language, and the element
 * updates once its locale is registered.
 */
export function localeFor(tag: string, host: ReactiveControllerHost): Locale | undefined {
  const language = tag.split('-')[0];
  const locale = locales.get(language);
  // Held until a locale comes: not for English, nor for a language the loader has no module for,
  // nor on a server, which renders once.
  if (!locale && language !== 'en' && !isServer && loader?.(language) !== false) waiting.add(host);
  return locale;
}

/** The locale registered for a tag's language, if any, asking for nothing: for the server, which renders once. */
export function registeredLocale(tag: string): Locale | undefined {
  return locales.get(tag.split('-')[0]);
}

/** Forgets every registered locale: for tests, which each start from English. */
export function forgetLocales(): void {
  locales.clear();
}
