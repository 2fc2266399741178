let knownCurrencies: Set<string> | undefined;

/** Whether `code` is an ISO 4217 currency this browser knows (e.g. `INR`, `EUR`). */
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/**
 * Formats an amount in major units. Whole amounts show no fraction (`₹2,700`, not `₹2,700.00`);
 * others show the currency's minor units. Without a currency, a plain localized number.
 */
export function formatMoney(amount: number, currency: string | undefined, locale: string, whole = Number.isInteger(amount)): string {
  const options: Intl.NumberFormatOptions = currency ? { style: 'currency', currency } : {};
  if (whole) options.minimumFractionDigits = options.maximumFractionDigits = 0;
  else if (!currency) options.minimumFractionDigits = 2;
  return new Intl.NumberFormat(locale, options).format(amount);
}

/** How many minor-unit digits a currency has (2 for INR and EUR, 0 for JPY, 3 for KWD). */
export function minorDigits(currency: string | undefined): number {
  if (!currency) return 2;
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * The per-month price, rounded down as plan pages show it: to whole units when the total has no
 * fraction (₹3,900 over 24 months is ₹162), else to the currency's minor units, computed in
 * integers to avoid float error (9.99 over 3 is 3.33).
 */
export function perMonthPrice(price: number, months: number, currency: string | undefined): number {
  // Whole units, unless that would round a small price down to nothing (₹10 over 24 months).
  const digits = Number.isInteger(price) && price >= months ? 0 : minorDigits(currency);
  const scale = 10 ** digits;
  return Math.floor(Math.round(price * scale) / months) / scale;
}
