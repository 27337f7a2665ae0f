/**
 * Is a candidate the same story as the reader's article, a related one, or unrelated?
 * Lexical similarity (TF-IDF over title and description), overlap of the article's named
 * entities and figures, and distance in time from the article's own date.
 */
import type { Candidate, CoverageItem, ExtractedArticle } from './types';
import type { StoryQuery } from './query';
import { paragraphs, terms } from './text';
import { mentions } from './entities';
import { cosine, documentFrequencies, idfOf, termFrequencies, weigh, type Vector } from './tfidf';
import { fastTerms } from './tokens';

/**
 * Thresholds on the combined score, chosen on the sample newsroom's labelled pairs (every story
 * article against every other article's feed entry): see tests/core/match.test.ts.
 */
export const SAME_STORY = 0.16;
export const RELATED = 0.09;

export interface MatchOptions {
  /** Extra documents (e.g. the local feed index) that make term rarity meaningful. */
  background?: Vector[];
  /** The same, already counted: documents and how many contain each term (the feed index's day counts). */
  backgroundDf?: { n: number; df: Map<string, number> };
}

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
  return path
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && !/^(html?|php|aspx?|story|article|news|index)$/i.test(w))
    .join(' ');
}

/** Words of body text counted: enough for the topic, bounded for long articles. */
export const TEXT_WORDS = 600;

function addTerms(tf: Vector, list: string[], weight: number) {
  for (const t of list) tf.set(t, (tf.get(t) ?? 0) + weight);
}

/**
 * Terms of a pool item: title (×3), description and the start of the text, plus adjacent pairs of
 * title and description terms ("neil young", "young pono"), which tell apart stories that share
 * single words. Words come from `fastTerms` (same words as `terms`, without a segmenter per word).
 */
export function itemTf(it: PoolItem, lang: string, pairs: boolean | 'text' = true, textWords = TEXT_WORDS): Vector {
  const tf: Vector = new Map();
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

export function candidateTf(c: Pick<Candidate, 'title' | 'description'>, lang: string): Vector {
  return termFrequencies([{ text: c.title, weight: 3 }, { text: c.description ?? '', weight: 1 }], lang);
}

/** The article's headline and lead, weighted like a candidate's title and description. */
export function articleTf(a: Pick<ExtractedArticle, 'title' | 'text'>, lang: string): Vector {
  const lead = paragraphs(a.text).slice(0, 5).join(' ');
  return termFrequencies([{ text: a.title, weight: 3 }, { text: lead, weight: 1 }], lang);
}

/** The article as its own feed entry would look: headline and standfirst. */
function headlineTf(a: Pick<ExtractedArticle, 'title' | 'excerpt'>, lang: string): Vector {
  return termFrequencies([{ text: a.title, weight: 3 }, { text: a.excerpt ?? '', weight: 1 }], lang);
}

function daysBetween(a?: string | null, b?: string | null): number | null {
  if (!a || !b) return null;
  const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isFinite(d) ? d : null;
}

/** 1 within three days of the article, falling to 0.6 at a month and beyond. */
export function timeFactor(days: number | null): number {
  if (days === null || days <= 3) return 1;
  return Math.max(0.6, 1 - ((days - 3) / 27) * 0.4);
}

export function scoreCandidates(
  article: Pick<ExtractedArticle, 'title' | 'text' | 'excerpt' | 'publishedTime'>,
  query: StoryQuery,
  candidates: Candidate[],
  options: MatchOptions = {},
): CoverageItem[] {
  const lang = query.lang;
  const leadTf = articleTf(article, lang);
  const titleTf = headlineTf(article, lang);
  const cTfs = candidates.map((c) => candidateTf(c, lang));
  const pool = [leadTf, ...cTfs, ...(options.background ?? [])];
  // (background items that are also candidates count twice; harmless for rarity ranking)
  const df = documentFrequencies(pool);
  for (const [t, c] of options.backgroundDf?.df ?? []) df.set(t, (df.get(t) ?? 0) + c);
  const idf = idfOf(df, pool.length + (options.backgroundDf?.n ?? 0));
  const leadVec = weigh(leadTf, idf);
  const titleVec = weigh(titleTf, idf);
  // A named thing counts by how rare its rarest word is: "Kalmaegi" says more than "Korea".
  const entities = query.entities.slice(0, 8).map((name) => ({
    name: name.toLowerCase(),
    weight: Math.max(...terms(name, lang).map(idf), 0),
  }));
  return candidates.map((c, i) => {
    const vec = weigh(cTfs[i], idf);
    const lexical = Math.max(cosine(leadVec, vec), cosine(titleVec, vec));
    const hay = `${c.title} ${c.description ?? ''}`;
    const hits = entities.filter((e) => mentions(hay, e.name));
    const entityWeight = Math.min(10, hits.reduce((s, e) => s + e.weight, 0));
    // A distinctive figure ("260,000") in both is strong evidence of the same event.
    const figure = query.figures.some((f) => f.length >= 4 && hay.includes(f)) ? 0.04 : 0;
    const score = (lexical + 0.01 * entityWeight + figure) * timeFactor(daysBetween(article.publishedTime, c.published));
    const relation: CoverageItem['relation'] = score >= SAME_STORY && hits.length > 0 ? 'same-story' : 'related';
    return { ...c, score: Math.round(score * 1000) / 1000, relation };
  });
}

/** Keep what is worth showing: same-story first, then related, unrelated dropped. */
export function classify(items: CoverageItem[]): CoverageItem[] {
  return items
    .filter((i) => i.score >= RELATED)
    .sort((a, b) => (a.relation === b.relation ? b.score - a.score : a.relation === 'same-story' ? -1 : 1));
}
