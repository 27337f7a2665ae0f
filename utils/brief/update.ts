/**
 * "Since you last read": an update written from the new articles only, with what the reader has
 * already seen passed as `previous`. It is the CLI's update-summary path (summarize-input.ts →
 * composeExtractiveWithText): the same documents in the same order (the first new article first,
 * every one weighing the same), the same `scorePool` with `previous` and the story's topic, the same
 * `pickHappened` — so its DUC figure is the CLI's (tests/brief/update.test.ts checks the two agree,
 * tests/eval/follow-update.ts measures both). Every sentence cites one of the new articles: the
 * articles read before are never candidates, only what is no longer news.
 */
import { scorePool, type SourceDoc } from '../core/summarize';
import { asParagraph, pickHappened } from './happened';
import type { Paragraph } from './schema';

export interface UpdateInput {
  /** The story's headline (the CLI's topic, else its first article's title). */
  topic: string;
  lang?: string;
  /** The new articles, best first: full texts where known, else title and feed description. */
  fresh: SourceDoc[];
  /** What the reader has already seen: the story's article and the coverage shown before. */
  previous: SourceDoc[];
}

/**
 * The update paragraph. Without `words` it is the panel's length (What's happened's: four
 * sentences, about 85 words, at most two from one article); with `words` a summary of at least that
 * many words, as the CLI's `--words`.
 */
export function composeUpdate(input: UpdateInput, options: { words?: number } = {}): Paragraph {
  const fresh = input.fresh.filter((d) => `${d.title} ${d.text}`.trim());
  if (!fresh.length) return [];
  const docs = fresh.map((d) => ({ ...d, weight: 1 }));
  const lang = (input.lang ?? 'en').slice(0, 2);
  const pool = scorePool(docs, { lang, previous: input.previous, topic: input.topic });
  return asParagraph(pickHappened(pool, docs, options.words ? { minWords: options.words } : {}));
}
