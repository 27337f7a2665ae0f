/**
 * Is a candidate the same story as the reader's article, a related one, or unrelated? Decided in
 * the vector space the CLI's clustering uses (cluster.ts): the same terms (`itemTf`: title ×3,
 * description, link words, word pairs), TF-IDF over one dictionary (tfidf.ts), the same time
 * damping from the article's own date, and neighbour expansion. The CLI then partitions a whole
 * pool; the extension asks about one article, so it thresholds each candidate's closeness to the
 * article's expanded vector instead (see storyScores).
 */
import type { Candidate, CoverageItem, ExtractedArticle, Relation } from './types';
import { mentions } from './entities';
import { fastTerms } from './tokens';
import type { StoryQuery } from './query';
import { dot, idf as smoothedIdf, vectorsOf } from './tfidf';
import { NAME_WEIGHT, nameShare, nameShares } from './name-weight';
import { itemTf, timeFactor, type PoolItem } from './pool-item';
import { daysApart } from './time';


/** Words of the article's body read as its lead when it is compared with feed entries. */
const LEAD_WORDS = 40;
/** Candidates this close (time-damped cosine) to the article seed its story. */
const MATE_SEED = 0.1;
/** Candidates scoring this much (closeness to the story's centroid, article + seeds) tell the same story ... */
export const SAME_STORY = 0.1;
/**
 * ... and at least this share of the best candidate's score: the story's own articles stand out
 * from the topic around them. Absolute scores grow with the background (the more other news the
 * index holds, the rarer the story's words), and with 500–2,000 unrelated headlines beside the
 * newsroom an absolute threshold alone let 14–17 topic neighbours through.
 */
export const STANDOUT = 0.2;
/**
 * ... and, for a reader's article with a body, at least this many of the article's words (title,
 * standfirst, text): one shared name ("Microsoft", "Kennedy") or word ("sign") makes a short
 * headline close in cosine, but is a topic, not a story. A headline read alone, or a story opened
 * from a snippet (under 40 words), may share a single name with its story's others, or none with a
 * paraphrase its seeds found, so it is not asked of one. Words as `fastTerms` reads them (its stop
 * words are English: in other languages function words count too).
 */
export const SHARED_WORDS = 3;
/**
 * ... and a related one, at least this many: "East Africa Plans Regional Women's Organization"
 * shares "plan" with a story of a uranium mine plan and is no related story. Beside 2,000 headlines
 * of other news it cut the related list by two thirds and kept 94% of the story's own articles
 * in it (tests/bench/match-window.ts).
 */
export const RELATED_WORDS = 2;
/** ... and this much, a related one; below it, unrelated (not shown). */
export const RELATED = 0.04;
/** Added per unit of name rarity (IDF of a shared name's rarest word, at most 10 in all) ... */
const NAMES = 0.005;
/** ... and for a distinctive figure in both. */
const FIGURE = 0.04;

/**
 * Candidates' terms, kept per item object (in the language first asked for): a story job scores
 * the same candidate objects again as each source lands.
 */
const tfCache = new WeakMap<PoolItem, Map<string, number>>();
function cachedTf(it: PoolItem, lang: string): Map<string, number> {
  const cached = tfCache.get(it);
  if (cached) return cached;
  const tf = itemTf(it, lang, true, 0);
  tfCache.set(it, tf);
  return tf;
}

/** Already counted documents as a background: a pair of words is at most as common as its rarer word. */
function countedBackground({ n, df }: WordCounts): { n: number; df: (t: string) => number } {
  return {
    n,
    df: (t) => {
      const space = t.indexOf(' ');
      if (space < 0) return df.get(t) ?? 0;
      return Math.min(df.get(t.slice(0, space)) ?? 0, df.get(t.slice(space + 1)) ?? 0);
    },
  };
}

/** How many documents, and in how many of them each word occurs (the feed index's word counts). */
export interface WordCounts {
  n: number;
  df: Map<string, number>;
}

export interface MatchOptions {
  lang?: string;
  /** Documents beyond the candidates that make term rarity meaningful, already counted: the feed index's word counts. */
  backgroundDf?: WordCounts;
}

/**
 * How close each candidate is to the reader's story, in the vector space the CLI clusters in
 * (`itemTf` terms with word pairs, TF-IDF, the same time damping). The article is read like a
 * feed entry (headline, standfirst, the first words of its text) so it is comparable with the
 * candidates; term rarity comes from the article, the candidates and the background, and names
 * in sentence-case titles weigh more (the CLI's `nameWeight`). Candidates close to the article
 * seed the story; each candidate's score is its cosine with the centroid of
 * article and seeds (pseudo-relevance feedback, as the CLI expands full texts), time-damped from
 * the article's own date. ≈ 14 ms for the ≈ 285 candidates of a 50,000-item feed index in
 * Chromium (tests/bench/feed-index.ts).
 */
export function storyScores(article: PoolItem, candidates: PoolItem[], options: MatchOptions = {}): number[] {
  const lang = options.lang ?? 'en';
  const lead = article.text ? article.text.split(/\s+/, LEAD_WORDS).join(' ') : '';
  const tfs = [
    itemTf({ title: article.title, description: `${article.description ?? ''} ${lead}`, url: article.url }, lang, true, 0),
    ...candidates.map((c) => cachedTf(c, lang)),
  ];
  // Names weigh more, as in the CLI: read from the titles of the article and the candidates.
  const shares = nameShares([article, ...candidates]);
  const boost = (t: string) => 1 + NAME_WEIGHT * nameShare(shares, t);
  const { vecs, terms } = vectorsOf(tfs, { boost, background: options.backgroundDf && countedBackground(options.backgroundDf) });
  const [own, ...others] = vecs;
  if (!own || others.length !== candidates.length) throw new Error(`vectorsOf gave ${vecs.length} vectors for ${candidates.length + 1} items`);
  const near = others.map((v, i) => ({ v, factor: timeFactor(daysApart(article.published, candidates[i]?.published)) }));
  const centre = new Float64Array(terms);
  own.ids.forEach((id, t) => (centre[id] = own.w[t] ?? 0));
  // all seeds are chosen against the article alone, before any is added (NaN, never below, seeds)
  const seeds = near.filter(({ v, factor }) => !(dot(v, centre) * factor < MATE_SEED));
  for (const { v } of seeds) v.ids.forEach((id, t) => (centre[id] = (centre[id] ?? 0) + (v.w[t] ?? 0)));
  let norm = 0;
  for (const x of centre) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return near.map(({ v, factor }) => (dot(v, centre) / norm) * factor);
}

/** The words of the reader's article, kept for the last article asked about (each source's landing rescores it). */
let lastWords: { lang: string; text: string; words: Set<string> } | null = null;
function articleWords(a: Pick<ExtractedArticle, 'title' | 'excerpt' | 'text'>, lang: string): Set<string> {
  const text = `${a.title}\n${a.excerpt ?? ''}\n${a.text}`;
  if (lastWords?.lang !== lang || lastWords.text !== text) lastWords = { lang, text, words: new Set(fastTerms(text, lang)) };
  return lastWords.words;
}

/**
 * Whether the article has a body of its own to hold candidates to: not a headline read alone, nor
 * a story opened from a snippet (its text is its title, or its title and a feed's description).
 */
function hasBody(a: Pick<ExtractedArticle, 'title' | 'text'>): boolean {
  const text = a.text.trim();
  return Boolean(text) && text !== a.title.trim() && text.split(/\s+/, LEAD_WORDS).length >= LEAD_WORDS;
}

/** The reader's article as a pool item. */
function articleItem(a: Pick<ExtractedArticle, 'title' | 'excerpt' | 'text' | 'publishedTime' | 'canonicalUrl'>): PoolItem {
  return { title: a.title, description: a.excerpt, text: a.text, published: a.publishedTime, url: a.canonicalUrl };
}

/**
 * Each candidate scored and classed against the reader's article: its closeness in the CLI's
 * vector space (storyScores), plus what only the reader's whole article can tell and a pool item
 * cannot — its main names found in the candidate (each by the rarity of its rarest word) and a
 * distinctive figure ("260,000") in both. Same story: at least SAME_STORY and STANDOUT × the best
 * score, and (for an article with a body) SHARED_WORDS of its words; related, RELATED_WORDS of
 * them (else unrelated, whatever its score). Weights and thresholds: chosen
 * on the sample newsroom with small and large backgrounds, and checked on real labelled news
 * (tests/bench/match-article.ts, match-window.ts; README-match.md).
 */
export function scoreCandidates(
  article: Pick<ExtractedArticle, 'title' | 'excerpt' | 'text' | 'publishedTime' | 'canonicalUrl'>,
  query: Pick<StoryQuery, 'entities' | 'figures' | 'lang'>,
  candidates: Candidate[],
  options: Omit<MatchOptions, 'lang'> = {},
): CoverageItem[] {
  const lang = query.lang;
  const scores = storyScores(articleItem(article), candidates, { ...options, lang });
  // Word rarity over the candidates and the background, for the names.
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of cachedTf(c, lang).keys()) if (!t.includes(' ')) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length + (options.backgroundDf?.n ?? 0);
  const idf = (t: string) => smoothedIdf(n, (df.get(t) ?? 0) + (options.backgroundDf?.df.get(t) ?? 0));
  const names = query.entities.slice(0, 8).map((name) => ({ name, weight: Math.max(...fastTerms(name, lang).map(idf), 0) }));
  const figures = query.figures.filter((f) => f.length >= 4);
  const body = hasBody(article) ? articleWords(article, lang) : null;
  /** How many of the article's words the candidate has, counted up to SHARED_WORDS (all of them, for an article without a body). */
  const sharedWords = (c: Candidate) => {
    if (!body) return SHARED_WORDS;
    let have = 0;
    for (const t of cachedTf(c, lang).keys()) if (!t.includes(' ') && body.has(t) && ++have >= SHARED_WORDS) break;
    return have;
  };
  const totals = candidates.map((c, i) => {
    const score = scores[i];
    if (score === undefined) throw new Error(`storyScores gave no score for candidate ${i}`);
    const hay = `${c.title} ${c.description ?? ''}`;
    const nameWeight = Math.min(10, names.filter((e) => mentions(hay, e.name)).reduce((sum, e) => sum + e.weight, 0));
    const figure = figures.some((f) => hay.includes(f)) ? FIGURE : 0;
    return { c, total: score + (NAMES * nameWeight + figure) * timeFactor(daysApart(article.publishedTime, c.published)) };
  });
  // The best is taken over every candidate, those held back by the shared words too: taking it over the rest only
  // (so a close one-name headline cannot raise the floor) let more through beside 2,000 headlines (precision 0.923 -> 0.919, recall equal).
  const floor = Math.max(SAME_STORY, STANDOUT * Math.max(0, ...totals.map((t) => t.total)));
  const relationOf = (c: Candidate, total: number): Relation => {
    const shared = sharedWords(c);
    if (total >= floor && shared >= SHARED_WORDS) return 'same-story';
    return shared >= RELATED_WORDS ? 'related' : 'unrelated';
  };
  return totals.map(({ c, total }) => ({ ...c, score: Math.round(total * 1000) / 1000, relation: relationOf(c, total) }));
}

/** Keep what is worth showing: same-story first, then related, unrelated dropped. */
export function classify(items: CoverageItem[]): CoverageItem[] {
  return items
    .filter((i) => i.relation !== 'unrelated' && i.score >= RELATED)
    .sort((a, b) => (a.relation === b.relation ? b.score - a.score : a.relation === 'same-story' ? -1 : 1));
}
