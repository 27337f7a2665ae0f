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

export function pickHappened(pool: ScoredPool, docs: SourceDoc[], options: HappenedOptions = {}): PickedSentence[] {
  if (options.minWords) return pickFromPool(pool, { maxSentences: 200, maxWords: options.minWords, minWords: options.minWords });
  // Across the coverage: the reader's own article (the only full text) may give at most two, and
  // only sentences that read on their own ("He called Gore …" says nothing away from its source).
  const exclude = new Set(pool.units.filter((u) => !standsAlone(u.text)).map((u) => u.text));
  const picked = pickFromPool(pool, { maxSentences: 4, maxWords: 85, maxPerDoc: docs.length > 1 ? 2 : undefined, exclude });
  // The most central sentence leads; the rest read newest development first, then in the
  // order their article tells them.
  const when = recency(docs);
  const [lead, ...rest] = picked;
  rest.sort((a, b) => (when.get(b.docId) ?? 0) - (when.get(a.docId) ?? 0) || a.docId.localeCompare(b.docId) || a.index - b.index);
  return lead ? [lead, ...rest] : [];
}

export function asParagraph(picked: PickedSentence[]): Paragraph {
  return picked.map((p) => ({ text: p.text, cites: [p.docId] }));
}
