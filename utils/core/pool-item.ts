/**
 * An item of a pool of news — a feed entry, a search hit, a line of the CLI's input, the reader's
 * article read like one — and its terms: the one representation the CLI's clustering (cluster.ts)
 * and the extension's decision (match.ts) both compare.
 */
import { fastTerms, tokens } from './tokens';

/** An item of a pool to cluster: a feed entry, a search hit, or a line of the CLI's input. */
export interface PoolItem {
  title: string;
  description?: string | null;
  text?: string | null;
  published?: string | null;
  url?: string | null;
}

/**
 * Words of a link's path ("/2014/03/10/neil-young-pono-player.html" → "neil young pono player"):
 * outlets put the full headline there when the title is cut short. Ids, dates and file names drop out.
 */
export function slugWords(url: string | null | undefined): string {
  if (!url) return '';
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  return tokens(path, { rule: 'slug' })
    .filter((w) => w.length >= 3 && /^\p{L}[\p{L}\p{M}\u200C\u200D]*$/u.test(w) && !/^(html?|php|aspx?|story|article|news|index)$/i.test(w))
    .join(' ');
}

/** Words of body text counted: enough for the topic, bounded for long articles. */
export const TEXT_WORDS = 600;

function addTerms(tf: Map<string, number>, list: string[], weight: number) {
  for (const t of list) tf.set(t, (tf.get(t) ?? 0) + weight);
}

/**
 * Terms of a pool item: title (×3), description and the start of the text, plus adjacent pairs of
 * title and description terms ("neil young", "young pono"), which tell apart stories that share
 * single words. Words come from `fastTerms` (same words as `terms`, without a segmenter per word).
 */
export function itemTf(it: PoolItem, lang: string, pairs: boolean | 'text' = true, textWords = TEXT_WORDS): Map<string, number> {
  const tf = new Map<string, number>();
  const title = fastTerms(it.title, lang);
  const desc = fastTerms(it.description ?? '', lang);
  addTerms(tf, title, 3);
  addTerms(tf, desc, 1);
  const body = it.text ? fastTerms(it.text.split(/\s+/, textWords).join(' '), lang) : [];
  addTerms(tf, body, 1);
  addTerms(tf, fastTerms(slugWords(it.url), lang), 1);
  if (pairs) {
    for (const [t, weight] of [[title, 3], [desc, 1], [pairs === 'text' ? body : [], 1]] as const) {
      for (let i = 1; i < t.length; i++) {
        const key = `${t[i - 1]} ${t[i]}`;
        tf.set(key, (tf.get(key) ?? 0) + weight);
      }
    }
  }
  return tf;
}

/** 1 within three days of the article, falling to 0.6 at a month and beyond. */
export function timeFactor(days: number | null): number {
  if (days === null || days <= 3) return 1;
  return Math.max(0.6, 1 - ((days - 3) / 27) * 0.4);
}
