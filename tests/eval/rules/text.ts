/** Small text helpers the page checks share: finding a shown sentence in a source's text. */
import type { PageSentence, PageView } from './page';

/**
 * A text reduced to lower-case letters and digits: the panel shows typographic quotes, decoded
 * entities and mended spacing, the corpus may not; both reduce to the same key.
 */
export const keyOf = (text: string): string =>
  text
    .replace(/&(?:[a-z]+|#\d+);/gi, '')
    .replace(/[&"“”'‘’`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The texts of the sources a sentence cites (those the page has). */
export const citedTexts = (page: PageView, s: PageSentence): string[] => s.cites.map((u) => page.sourceText[u] ?? '').filter(Boolean);

/** Whether a sentence is lifted from one of the sources it cites (not written by the product). */
export const isLifted = (page: PageView, s: PageSentence): boolean => {
  const k = keyOf(s.text);
  return k.length > 0 && citedTexts(page, s).some((t) => keyOf(t).includes(k));
};

/** Whether `second` directly follows `first` in one of the texts `second` cites. */
export const follows = (page: PageView, first: PageSentence, second: PageSentence): boolean => {
  const k = keyOf(first.text) + keyOf(second.text);
  return citedTexts(page, second).some((t) => keyOf(t).includes(k));
};

/** A sentence shortened for a finding. */
export const short = (text: string, n = 70): string => (text.length <= n ? text : `${text.slice(0, n - 1)}…`);

/** Typographic quotes as straight ones, runs of space as one. */
export const flat = (text: string): string => text.replace(/[“”]/g, '"').replace(/[‘’`]/g, "'").replace(/\s+/g, ' ');

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each paragraph of the page as shown: sentences read one after another. */
export function paragraphs(page: PageView): { where: string; sentences: PageSentence[] }[] {
  return [
    { where: "What's happened", sentences: page.happened },
    ...page.themes.map((t) => ({ where: `theme "${t.heading}"`, sentences: t.sentences })),
    { where: 'What the papers say', sentences: page.papers.overview },
    ...page.papers.rows.map((r) => ({ where: `${r.outlet}'s row`, sentences: r.lines })),
    ...page.questions.map((q) => ({ where: `answer to "${q.question}"`, sentences: q.answer })),
  ];
}
