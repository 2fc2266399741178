/** The languages with a locale module of their own beside the library (`src/locales/hi.ts` and so on); English is built in. */
export const LOCALE_FILES = ['ar', 'de', 'es', 'fr', 'hi'];
