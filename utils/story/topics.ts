/**
 * Stage: More on these topics — the people, organisations and places a story names most, as
 * encyclopedia cards. Only entity names are sent to Wikipedia, never the article or its URL.
 */
import type { TopicCard } from '../brief/engine';
import { findEntities, withoutPost, type EntityCount } from '../core/entities';
import { escapeRegExp, wholeWord } from '../core/regexp';
import type { CoverageItem, ExtractedArticle } from '../core/types';
import { cached } from '../db/cached';
import { lookupTopic, type WikiOptions } from '../sources/wikipedia';
import type { JobDeps } from './job';

const TOPICS_MAX_AGE_MS = 7 * 86_400_000;
/** A slow encyclopedia must not hold the page back longer than this: cards that arrive later are added then. */
export const TOPICS_WAIT_MS = 1500;

/** The stage: cards for the story, as the reader's settings allow (none in feeds-only mode). */
export async function lookUpTopics(article: ExtractedArticle, coverage: CoverageItem[], deps: JobDeps): Promise<TopicCard[]> {
  const wiki = deps.settings.sources.wikipedia;
  if (!wiki.enabled || deps.settings.feedsOnly) return [];
  return findTopics(article, coverage, {
    fetch: deps.fetch,
    baseUrl: wiki.baseUrl,
    signal: deps.signal,
    cached: (key, fetcher) => cached(deps.db, key, { maxAgeMs: TOPICS_MAX_AGE_MS }, fetcher),
  }).catch(() => []);
}

export interface TopicOptions extends WikiOptions {
  max?: number;
  /** Cache wrapper (the job's `cached`, 7 days); called once per name. */
  cached?: (key: string, fetcher: () => Promise<TopicCard | null>) => Promise<TopicCard | null>;
}

/** Words that stand for a name but are none: a card for "He" or "They" is a card for nobody. */
const PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);
/** "I'm", "We've", "Don't": a contraction is a capitalised word, never a name. */
const CONTRACTION = /['’](?:m|s|re|ve|ll|d|t)$/i;

/**
 * A one-word name the story mostly writes as the first word of a longer one ("Roy" of "Roy Keane",
 * "German" of "German Foreign Ministry") is not a name on its own: the longer name the story uses
 * most stands for it, or, when there is none, it is no name at all (null).
 */
function wholeName(name: string, text: string, longer: { name: string; count: number }[]): string | null {
  if (name.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(name)) return name;
  const all = [...text.matchAll(new RegExp(wholeWord(name), 'gu'))].length;
  const first = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}\\p{Ll}+`, 'gu'))].length;
  if (!all || first / all < 0.5) return name;
  const full = longer.filter((e) => e.name.startsWith(`${name} `));
  return full.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))[0]?.name ?? null;
}

/** A short word the story always writes with a full stop after it ("Fla.", "Calif.", "Corp."): an abbreviation, not a name to look up. */
function abbreviated(name: string, text: string): boolean {
  if (name.length > 5 || name.includes(' ')) return false;
  const uses = [...text.matchAll(new RegExp(`${wholeWord(name)}(.)?`, 'gu'))];
  return uses.length > 0 && uses.every((m) => m[1] === '.');
}

/**
 * The story's running text (the article's body and the descriptions, no headline): a name of
 * several words found only in a headline is a Title Case headline read as a name ("Pakistan Uses
 * Nuclear Capability Peacefully", "German Companies Not Ready"), never a fuller name to look up.
 */
function runningText(article: Pick<ExtractedArticle, 'text'>, coverage: Pick<CoverageItem, 'description'>[]): string {
  return [article.text, ...coverage.map((c) => c.description ?? '')].join(' ').replace(/\s+/gu, ' ').trim();
}

/** A name of one word, or one the running text writes (any spaces between its words); a story of headlines alone has no running text to ask. */
function writtenOut(name: string, running: string): boolean {
  return !name.includes(' ') || !running || running.includes(name.replace(/\s+/gu, ' '));
}

/**
 * A one-word name that is a place the story names more often, with "n" or "ian" added ("Kenyan" of
 * "Kenya", "Australian" of "Australia", "Egyptian" of "Egypt"): a word for its people, not a name.
 * "n" only after an "a" ("Johnson" is no people of "John"), and never when the place is the rarer
 * of the two ("Iran" beside a passing "Ira"). One ending in "ean", "ese" or "ish" always is ("Korean").
 */
function demonym(name: string, counts: Map<string, number>): boolean {
  if (name.includes(' ')) return false;
  if (/(?:ean|ese|ish)$/.test(name)) return true;
  const stems = [/an$/.test(name) ? name.slice(0, -1) : '', /ian$/.test(name) ? name.slice(0, -3) : ''];
  return stems.some((stem) => stem.length >= 3 && (counts.get(stem) ?? 0) >= (counts.get(name) ?? 0));
}

/** The article and every headline and description, each a paragraph of its own, so that no name runs on from one into the next ("Rushdie TEHRAN"). */
function storyParagraphs(article: Pick<ExtractedArticle, 'title' | 'text'>, coverage: Pick<CoverageItem, 'title' | 'description'>[]): string {
  return [`${article.title}.`, article.text, ...coverage.map((c) => `${c.title}.\n\n${c.description ?? ''}`)].join('\n\n');
}

/** Names worth a card, most salient first: counted over the article and every headline and description. */
export function topicNames(article: Pick<ExtractedArticle, 'title' | 'text' | 'lang'>, coverage: Pick<CoverageItem, 'title' | 'description'>[], max = 10): string[] {
  return namesIn(storyNames(article, coverage), article, coverage, max);
}

type StoryNames = { text: string; running: string; entities: ReturnType<typeof findEntities> };

/** The names the story's paragraphs hold, found once for both the ranking and the fuller names. */
function storyNames(article: Pick<ExtractedArticle, 'title' | 'text' | 'lang'>, coverage: Pick<CoverageItem, 'title' | 'description'>[]): StoryNames {
  const text = storyParagraphs(article, coverage);
  return { text, running: runningText(article, coverage), entities: findEntities(text, (article.lang ?? 'en').slice(0, 2)) };
}

/**
 * Two people joined by "and" ("Newt Gingrich and Marianne Gingrich") are two names, each counted, not one
 * page; names that hold an "and" ("Bosnia and Herzegovina", "Department of Health and Human Services")
 * have a side of one word or a joiner, and stay whole.
 */
function apart(entities: EntityCount[]): EntityCount[] {
  const counts = new Map<string, number>();
  for (const { name, count } of entities) {
    const sides = name.split(' and ');
    const two = sides.length === 2 && sides.every((side) => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u.test(side));
    for (const n of two ? sides : [name]) counts.set(n, (counts.get(n) ?? 0) + count);
  }
  return [...counts].map(([name, count]) => ({ name, count }));
}

function namesIn({ text, running, entities: found }: StoryNames, article: Pick<ExtractedArticle, 'title'>, coverage: Pick<CoverageItem, 'title'>[], max: number): string[] {
  const titles = [article.title, ...coverage.map((c) => c.title)].join(' ').toLowerCase();
  const entities = apart(found).filter((e) => !CONTRACTION.test(e.name) && !PRONOUNS.has(e.name.toLowerCase()) && writtenOut(e.name, running));
  const counts = new Map(entities.map((e) => [e.name, e.count]));
  const ranked = entities
    .filter((e) => e.count >= 2 && e.name.length > 2 && !/^\d/.test(e.name) && !demonym(e.name, counts) && !abbreviated(e.name, text))
    .map((e) => ({ name: e.name, weight: e.count + (titles.includes(e.name.toLowerCase()) ? 2 : 0) }))
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const longer = entities.filter((e) => e.name.includes(' '));
  const out: string[] = [];
  for (const { name } of ranked) {
    // A person is looked up by name, without the post the story writes before it ("Joseph Kamotho").
    const named = wholeName(name, text, longer);
    const whole = named && withoutPost(named);
    if (whole && !out.includes(whole)) out.push(whole);
    if (out.length === max) break;
  }
  return out;
}

/** Cards for the story's main names; a name without a page, or an unresolvable disambiguation, is skipped. */
export async function findTopics(article: Pick<ExtractedArticle, 'title' | 'text' | 'lang'>, coverage: Pick<CoverageItem, 'title' | 'description'>[], options: TopicOptions): Promise<TopicCard[]> {
  const found = storyNames(article, coverage);
  const names = namesIn(found, article, coverage, 12);
  const context = [article.title, article.text, ...coverage.map((c) => `${c.title} ${c.description ?? ''}`)].join('\n');
  // A surname alone ("Huang") rarely has a page of its own: then the full name the story uses once (two names joined by "and" are none).
  const full = found.entities.map((e) => e.name).filter((n) => n.includes(' ') && !/\band\b/.test(n) && writtenOut(n, found.running));
  const fuller = (name: string) => {
    const fullest = full.filter((f) => f.split(/\s+/).includes(name)).sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    return fullest && withoutPost(fullest);
  };
  // Each name is asked for once, though two names lead to it ("Jerry" and "Seinfeld" to "Jerry Seinfeld").
  const asked = new Map<string, Promise<TopicCard | null>>();
  const lookOnce = (name: string) => {
    if (!asked.has(name)) asked.set(name, lookupTopic(name, context, options).catch(() => null));
    return asked.get(name)!;
  };
  const look = async (name: string) => {
    const card = await lookOnce(name);
    const longer = card ? undefined : fuller(name);
    return card ?? (longer ? lookOnce(longer) : null);
  };
  const cards = await Promise.all(names.map((name) => (options.cached ? options.cached(`wiki:${name}`, () => look(name)) : look(name))));
  const out: TopicCard[] = [];
  for (const card of cards) {
    // Two names can lead to one page ("APEC", "Asia-Pacific Economic Cooperation"; "Lee" resolved).
    if (card && !out.some((c) => c.url === card.url)) out.push(card);
    if (out.length >= (options.max ?? 8)) break;
  }
  return out;
}
