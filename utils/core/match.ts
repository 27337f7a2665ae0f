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

/**
 * Thresholds on the combined score, chosen on the sample newsroom's labelled pairs (every story
 * article against every other article's feed entry): see tests/core/match.test.ts.
 */
export const SAME_STORY = 0.16;
export const RELATED = 0.09;

export interface MatchOptions {
  /** Extra documents (e.g. the local feed index) that make term rarity meaningful. */
  background?: Vector[];
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
  const idf = idfOf(documentFrequencies(pool), pool.length);
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
