/** Words as a reader reads them, lower-cased, for comparing texts whatever their spacing and punctuation. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
