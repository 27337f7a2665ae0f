/** Building regular expressions from text found in pages and sources. */

/** A string as a regular expression matching it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The source of a regular expression matching `s` as a whole word: no letter or digit either side (use with the `u` flag). */
export const wholeWord = (s: string): string => `(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`;
