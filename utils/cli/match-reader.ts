/**
 * The reader's decision over a file: every N-th line is the reader's article, every other line an
 * entry of its feed index (title, the first 40 words of the text as the description, the date), and
 * the extension's own lookup and scoring decide (`findInIndex` over the feed index's memory store:
 * the code the worker runs over IndexedDB). For each reader:
 *   {"id", "same": [ids], "related": [ids]}   (related: shown as related, not the same story)
 * and on stderr one JSON line: micro precision and recall of "same" over (reader, item) pairs when
 * the file has `story` labels (recall against every same-story line, so a lookup miss counts), the
 * lookup's own recall (the share of same-story lines among its candidates), ms per article.
 *
 * Lines are read as the CLI reads them (`readItems`: the contract's fields only); the labels are
 * read here apart, and only to score.
 */
import { articleFromText } from '../core/article-from-text';
import type { ExtractedArticle } from '../core/types';
import { indexed, type FeedItemRecord } from '../feed-index/keys';
import { findInIndex } from '../feed-index/lookup';
import { memoryFeedStore } from '../feed-index/memory-store';
import type { PoolItem } from '../core/pool-item';

type Id = string | number;

/** Words of a line's text its feed entry carries, as a feed's <description> would. */
const DESCRIPTION_WORDS = 40;
/** A line without a readable date is filed under this day, and the lookup is made on it. */
const UNDATED = '2000-01-01T00:00:00.000Z';

export interface ReaderOptions {
  /** Every N-th line (0, N, 2N, …) is a reader's article. */
  every: number;
  /** Drop `published` from every line. */
  noDates: boolean;
  lang: string;
  /** Of those lines, only the ones this accepts (e.g. half of the stories, to tune on one half and check on the other). */
  readers?: (line: number) => boolean;
}

export interface ReaderLine {
  id: Id;
  same: Id[];
  related: Id[];
}

export interface ReaderFigures {
  articles: number;
  precision?: number;
  recall?: number;
  lookup_recall?: number;
  ms_per_article: number;
}

/** Zero-padded line numbers: the lookup's ties (by id) fall in file order. */
const key = (i: number) => String(i).padStart(7, '0');
const dateOf = (published: string | null | undefined) => (published && Number.isFinite(Date.parse(published)) ? new Date(published).toISOString() : null);

/** A line as its feed entry: each on a host of its own, so no two lines are taken for one outlet's duplicate. */
function entryOf(it: PoolItem, i: number): FeedItemRecord {
  const domain = `line-${i}.invalid`;
  const description = it.text ? it.text.split(/\s+/, DESCRIPTION_WORDS).join(' ') : (it.description ?? undefined);
  const published = dateOf(it.published);
  return indexed({
    id: key(i), url: `https://${domain}/`, outlet: { name: domain, domain }, source: 'feeds',
    title: it.title, description, published: published ?? undefined, feedUrl: `https://${domain}/feed`, date: published ?? UNDATED,
  });
}

/** A line as the reader's page: its whole text (none for a headline), its date. */
function articleOf(it: PoolItem, i: number, lang: string): ExtractedArticle {
  const text = it.text ?? '';
  const page = articleFromText({ url: `https://line-${i}.invalid/`, title: it.title, text, published: dateOf(it.published), lang });
  // A headline-only line is a page with no body, not one whose body is its headline.
  return { ...page, text, excerpt: it.description ?? null, wordCount: text ? page.wordCount : 0 };
}

export async function readerDecisions(ids: Id[], items: PoolItem[], stories: (string | undefined)[], options: ReaderOptions): Promise<{ lines: ReaderLine[]; figures: ReaderFigures }> {
  const rows = options.noDates ? items.map((it) => ({ ...it, published: null })) : items;
  const store = memoryFeedStore();
  const entries = rows.map(entryOf);
  await store.save(entries);
  const labelled = stories.some((s) => s !== undefined);
  const lines: ReaderLine[] = [];
  let tp = 0, fp = 0, truthAll = 0, reached = 0, ms = 0;
  for (let a = 0; a < rows.length; a += Math.max(1, options.every)) {
    const row = rows[a];
    const entry = entries[a];
    if (!row || !entry || (options.readers && !options.readers(a))) continue;
    const article = articleOf(row, a, options.lang);
    store.remove([entry.id]);
    const started = performance.now();
    const { candidates, coverage } = await findInIndex(store, article, Date.parse(dateOf(row.published) ?? UNDATED));
    ms += performance.now() - started;
    await store.save([entry]);
    const lineOf = (id: string) => Number(id);
    const same = coverage.filter((c) => c.relation === 'same-story').map((c) => lineOf(c.id));
    const related = coverage.filter((c) => c.relation === 'related').map((c) => lineOf(c.id));
    const pick = (js: number[]) => js.flatMap((j) => (ids[j] === undefined ? [] : [ids[j]]));
    lines.push({ id: ids[a] ?? a, same: pick(same), related: pick(related) });
    const story = stories[a];
    if (!labelled || story === undefined) continue;
    const truth = (j: number) => j !== a && stories[j] === story;
    const right = same.filter(truth).length;
    tp += right;
    fp += same.length - right;
    const found = new Set(candidates.map((c) => lineOf(c.id)));
    stories.forEach((_, j) => {
      if (!truth(j)) return;
      truthAll++;
      if (found.has(j)) reached++;
    });
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const figures: ReaderFigures = { articles: lines.length, ms_per_article: Math.round((ms / (lines.length || 1)) * 10) / 10 };
  if (labelled) {
    figures.precision = round(tp / (tp + fp || 1));
    figures.recall = round(tp / (truthAll || 1));
    figures.lookup_recall = round(reached / (truthAll || 1));
  }
  return { lines, figures };
}
