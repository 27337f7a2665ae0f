/** What we search for: built from the reader's article, never its URL. */
import { findEntities, findFigures } from './entities';
import { paragraphs, terms } from './text';
import type { Candidate, ExtractedArticle } from './types';

export interface StoryQuery {
  /** Named things, most salient first ("Nvidia", "South Korea", "Jensen Huang"). */
  entities: string[];
  /** Content terms of the headline and lead, most salient first. */
  keyTerms: string[];
  figures: string[];
  /** Date the story is anchored to (the article's, not today's). */
  date: string | null;
  lang: string;
}

export function buildQuery(article: Pick<ExtractedArticle, 'title' | 'text' | 'publishedTime' | 'lang'>): StoryQuery {
  const lang = (article.lang ?? 'en').slice(0, 2);
  const lead = paragraphs(article.text).slice(0, 4).join('\n\n');
  const entityCounts = findEntities(`${article.title}.\n\n${article.text}`, lang);
  const inTitle = (name: string) => article.title.toLowerCase().includes(name.toLowerCase());
  const entities = entityCounts
    .map((e) => ({ name: e.name, weight: e.count + (inTitle(e.name) ? 3 : 0) + (e.name.includes(' ') ? 0.5 : 0) }))
    .filter((e) => e.weight >= 2)
    .sort((a, b) => b.weight - a.weight)
    .map((e) => e.name);
  // Drop entities that are only part of a longer one already kept ("Korea" under "South Korea").
  const kept: string[] = [];
  for (const e of entities) {
    if (!kept.some((k) => k.split(' ').includes(e) || e.split(' ').includes(k) && k.length > e.length)) kept.push(e);
  }
  const weights = new Map<string, number>();
  terms(article.title, lang).forEach((t) => weights.set(t, (weights.get(t) ?? 0) + 3));
  terms(lead, lang).forEach((t) => weights.set(t, (weights.get(t) ?? 0) + 1));
  const keyTerms = [...weights].sort((a, b) => b[1] - a[1]).map(([t]) => t).slice(0, 12);
  return {
    entities: kept.slice(0, 10),
    keyTerms,
    figures: findFigures(`${article.title} ${lead}`).slice(0, 5),
    date: article.publishedTime,
    lang,
  };
}

/** A keyword query for news search APIs: the most salient entities, then key terms. */
export function searchKeywords(query: StoryQuery, max = 4): string[] {
  const out: string[] = [];
  const covered = new Set<string>();
  for (const e of query.entities) {
    if (out.length >= Math.min(3, max)) break;
    // News search APIs reject very short keywords (GDELT: "phrase is too short").
    if (e.length < 3) continue;
    out.push(e);
    e.toLowerCase().split(/\s+/).forEach((w) => covered.add(w));
  }
  for (const t of query.keyTerms) {
    if (out.length >= max) break;
    if (!covered.has(t) && t.length >= 3 && !/^[\d,.]+$/.test(t)) {
      out.push(t);
      covered.add(t);
    }
  }
  return out;
}

/** Alternatives in a news search's OR group. */
const ALTERNATIVES = 6;

/**
 * A news search in the syntax GDELT DOC 2.0 and Google News share: the story's most salient name
 * (else its first key term), and one OR group of what else identifies the event — its other names,
 * the headline's and lead's distinctive words, a figure ("Nvidia" (Korea OR GPUs OR "260,000")).
 * Three or four terms all required found, on real corpora, mostly the article itself; one required
 * clause and alternatives find the paraphrases, and the scoring decides. GDELT wants an OR group in
 * parentheses, and parentheses only around an OR group.
 */
export function searchString(query: StoryQuery): string {
  const words = searchKeywords(query, 1 + ALTERNATIVES);
  const figures = query.figures.filter((f) => f.length >= 4 && !words.includes(f));
  const [first, ...rest] = [...words, ...figures].slice(0, 1 + ALTERNATIVES);
  if (!first) return '';
  const quote = (k: string) => (/[\s,.]/.test(k) ? `"${k}"` : k);
  const group = rest.map(quote);
  return [quote(first), group.length > 1 ? `(${group.join(' OR ')})` : (group[0] ?? '')].filter(Boolean).join(' ');
}

/** Confident matches read for a second round, the best first. */
const FOLLOW_FROM = 10;
/** Words a second round adds. */
const FOLLOW_TERMS = 8;

/**
 * A second round's query, from the first round's confident matches: the words that several of
 * them share (in at least two, and a third of them) and the story's own query does not have — how
 * other outlets word the same event ("walkout" where the reader read "strike"). Their names are
 * kept as the story's; only words are added. Null when there is nothing new to ask.
 */
export function followUpQuery(query: StoryQuery, confident: Pick<Candidate, 'title' | 'description'>[]): StoryQuery | null {
  const from = confident.slice(0, FOLLOW_FROM);
  if (from.length < 2) return null;
  const own = new Set([...query.keyTerms, ...query.entities.flatMap((e) => terms(e, query.lang))]);
  const count = new Map<string, number>();
  for (const c of from) for (const t of new Set(terms(`${c.title} ${c.description ?? ''}`, query.lang))) if (!own.has(t)) count.set(t, (count.get(t) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(from.length / 3));
  const added = [...count].filter(([, n]) => n >= need).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, FOLLOW_TERMS).map(([t]) => t);
  return added.length ? { ...query, entities: [], keyTerms: added } : null;
}
