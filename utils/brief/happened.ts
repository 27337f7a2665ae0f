/** What's happened: the few sentences most central to all the coverage, said once. */
import { pickFromPool, type PickedSentence, type ScoredPool, type SourceDoc } from '../core/summarize';
import { standsAlone } from '../core/standalone';
import type { Paragraph } from './schema';

export interface HappenedOptions {
  /** A longer summary of at least this many words, most important first (the CLI's --words). */
  minWords?: number;
}

/** Newest first; a source without a date sorts last. */
function recency(docs: SourceDoc[]): Map<string, number> {
  return new Map(docs.map((d) => [d.id, d.published ? Date.parse(d.published) || 0 : 0]));
}

/** Long words that say nothing about what a sentence is about. */
const EMPTY = new Set(
  'about above after again against along already although always among another because before being below between could during either enough every first further having however itself later least maybe might never other others perhaps quite rather really several should since still their there these thing things those though through today under until where whether which while would years'.split(' '),
);
/** The words a sentence is about (names, figures, words of five letters or more). */
const contentWords = (text: string): string[] => [...new Set(text.toLowerCase().match(/\p{L}[\p{L}-]{4,}|\d[\d,.]*\d|\d/gu) ?? [])].filter((w) => !EMPTY.has(w));

/** How many of a sentence's content words another source also writes (0 when there is no other source). */
function sharedWords(p: PickedSentence, docs: SourceDoc[]): number {
  const words = contentWords(p.text);
  let best = 0;
  for (const d of docs) {
    if (d.id === p.docId) continue;
    const other = new Set(contentWords(`${d.title} ${d.text}`));
    best = Math.max(best, words.filter((w) => other.has(w)).length);
  }
  return best;
}

/** From this many sources on, What's happened takes one sentence from each. */
const MANY_SOURCES = 5;

export function pickHappened(pool: ScoredPool, docs: SourceDoc[], options: HappenedOptions = {}): PickedSentence[] {
  if (options.minWords) return pickFromPool(pool, { maxSentences: 200, maxWords: options.minWords, minWords: options.minWords });
  // Across the coverage: the reader's own article (the only full text) may give at most two, and
  // only sentences that read on their own ("He called Gore …" says nothing away from its source).
  const exclude = new Set(pool.units.filter((u) => !standsAlone(u.text)).map((u) => u.text));
  // With enough sources to fill the paragraph, each gives one sentence: the shared news, not one
  // article's scene-setting (on the DUC update clusters: ROUGE-2 0.089 → 0.102 on the part tuned on,
  // 0.068 → 0.069 and 0.087 → 0.094 on the two held out). With few sources, up to two each.
  const many = docs.length >= MANY_SOURCES;
  const picked = pickFromPool(pool, {
    maxSentences: many ? 5 : 4,
    maxWords: 85,
    maxPerDoc: docs.length > 1 ? (many ? 1 : 2) : undefined,
    exclude,
  });
  // The most central sentence leads; the rest read newest development first, then in the
  // order their article tells them.
  const when = recency(docs);
  // The lead is news the sources share: when other outlets are there, a sentence only the reader's
  // article could say (a feature's "Maybe being queen isn't enough.") does not open the page.
  const shared = picked.findIndex((p) => sharedWords(p, docs) >= 2);
  if (shared > 0) picked.unshift(...picked.splice(shared, 1));
  const [lead, ...rest] = picked;
  rest.sort((a, b) => (when.get(b.docId) ?? 0) - (when.get(a.docId) ?? 0) || a.docId.localeCompare(b.docId) || a.index - b.index);
  return lead ? [lead, ...rest] : [];
}

export function asParagraph(picked: PickedSentence[]): Paragraph {
  return picked.map((p) => ({ text: p.text, cites: [p.docId] }));
}
