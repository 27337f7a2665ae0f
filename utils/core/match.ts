/**
 * Is a candidate the same story as the reader's article, a related one, or unrelated?
 * Lexical similarity (TF-IDF over title and description), overlap of the article's named
 * entities and figures, and distance in time from the article's own date.
 */
import type { Candidate, CoverageItem, ExtractedArticle } from './types';
import type { StoryQuery } from './query';
import { paragraphs } from './text';
import { cosine, documentFrequencies, idfOf, termFrequencies, weigh, type Vector } from './tfidf';

export const SAME_STORY = 0.3;
export const RELATED = 0.16;

export interface MatchOptions {
  /** Extra documents (e.g. the local feed index) that make term rarity meaningful. */
  background?: Vector[];
}

function candidateTf(c: Pick<Candidate, 'title' | 'description'>, lang: string): Vector {
  return termFrequencies([{ text: c.title, weight: 3 }, { text: c.description ?? '', weight: 1 }], lang);
}

export function articleTf(a: Pick<ExtractedArticle, 'title' | 'text'>, lang: string): Vector {
  const lead = paragraphs(a.text).slice(0, 5).join(' ');
  return termFrequencies([{ text: a.title, weight: 3 }, { text: lead, weight: 1 }], lang);
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

function containsName(haystack: string, name: string): boolean {
  return haystack.includes(name.toLowerCase());
}

export function scoreCandidates(
  article: Pick<ExtractedArticle, 'title' | 'text' | 'publishedTime'>,
  query: StoryQuery,
  candidates: Candidate[],
  options: MatchOptions = {},
): CoverageItem[] {
  const lang = query.lang;
  const aTf = articleTf(article, lang);
  const cTfs = candidates.map((c) => candidateTf(c, lang));
  const pool = [aTf, ...cTfs, ...(options.background ?? [])];
  const idf = idfOf(documentFrequencies(pool), pool.length);
  const aVec = weigh(aTf, idf);
  const topEntities = query.entities.slice(0, 8);
  return candidates.map((c, i) => {
    const lexical = cosine(aVec, weigh(cTfs[i], idf));
    const hay = `${c.title} ${c.description ?? ''}`.toLowerCase();
    const entityHits = topEntities.filter((e) => containsName(hay, e)).length;
    const entityShare = topEntities.length ? entityHits / Math.min(4, topEntities.length) : 0;
    const figureHit = query.figures.some((f) => hay.includes(f.toLowerCase())) ? 0.1 : 0;
    const raw = 0.65 * lexical + 0.25 * Math.min(1, entityShare) + figureHit;
    const score = raw * timeFactor(daysBetween(article.publishedTime, c.published));
    const relation = score >= SAME_STORY && entityHits >= 2 ? 'same-story' : 'related';
    return { ...c, score: Math.round(score * 1000) / 1000, relation };
  });
}

/** Keep what is worth showing: same-story first, then related, unrelated dropped. */
export function classify(items: CoverageItem[]): CoverageItem[] {
  return items
    .filter((i) => i.score >= RELATED)
    .sort((a, b) => (a.relation === b.relation ? b.score - a.score : a.relation === 'same-story' ? -1 : 1));
}
