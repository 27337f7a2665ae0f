/**
 * The same-story decision as the story evaluation meets it, in seconds instead of minutes: each
 * dated article of DUC 2007's docs-main is the reader's article, and its local feed index holds
 * what the corpus newsroom's feeds serve at the evaluation's clock (two days after the article):
 * each outlet's latest 50 items (title, the 40-word summary, date). Optionally the index also holds
 * N headlines of another year's news (uci-dev, its labels unread), dated evenly across the story
 * window, as a reader's index of many feeds would — news that is not this story by construction.
 * The extension's own findInIndex (lookup, second round, scoring) decides; the corpus labels
 * score, against the evaluation's window (tests/eval/score.ts).
 *
 *   npx tsx tests/bench/match-window.ts [--background=N] [--every=N]
 *
 * One JSON line per half of the stories (sorted labels, alternate stories: tune on one, check on
 * the other) and one for all: micro precision of "same story", recall in window (same-story gold
 * marked same story / gold in window), found in window (marked same or related), readers with no
 * same-story item, and of those how many had gold in the window; related items shown, and how many
 * of them share the reader's story by the labels.
 */
import { readFileSync } from 'node:fs';
import { articleFromText } from '../../utils/core/article-from-text';
import { indexed, type FeedItemRecord } from '../../utils/feed-index/keys';
import { findInIndex } from '../../utils/feed-index/lookup';
import { memoryFeedStore } from '../../utils/feed-index/memory-store';
import { readItems } from '../../utils/cli/match';
import { loadCorpusFile, type CorpusArticle } from '../newsroom/corpus-file';
import { CLOCK_AFTER_DAYS, goldOf, inWindow, WINDOW_BEFORE_DAYS } from '../eval/score';
import { argValue } from '../cli-arg';
import { dataPath } from './data';

const DAY = 86_400_000;
/** Items each outlet's feed carries in the corpus newsroom (tests/newsroom/server.ts). */
const FEED_ITEMS = 50;
const background = Number(argValue('background', '0'));
const every = Math.max(1, Number(argValue('every', '1')));

const corpus = loadCorpusFile(dataPath('duc2007-update/docs-main.jsonl'));
const dated = corpus.articles.filter((a) => Number.isFinite(Date.parse(a.published)));
const stories = [...new Set(dated.map((a) => a.story))].sort();
const headlines = background ? readItems(readFileSync(dataPath('uci-dev.jsonl'), 'utf8')).items : [];
const others = headlines.filter((_, i) => i % Math.max(1, Math.floor(headlines.length / background)) === 0).slice(0, background);

const iso = (t: number) => new Date(t).toISOString();

/** What the reader's feed index holds at the clock: the outlets' feeds, and the background. */
function indexAt(read: CorpusArticle, clock: number): { entries: FeedItemRecord[]; articleOf: Map<string, CorpusArticle> } {
  const articleOf = new Map<string, CorpusArticle>();
  const served = dated.filter((a) => Date.parse(a.published) <= clock);
  const feeds = corpus.outlets.flatMap((o) =>
    served
      .filter((a) => a.outlet.id === o.id)
      .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
      .slice(0, FEED_ITEMS),
  );
  const entries = feeds
    .filter((a) => a !== read)
    .map((a, k) => {
      const id = `f${k}`;
      articleOf.set(id, a);
      const date = iso(Date.parse(a.published));
      return indexed({ id, url: `https://${a.outlet.siteHost}/${a.slug}`, outlet: { name: a.outlet.name, domain: a.outlet.siteHost }, source: 'feeds', title: a.title, description: a.summary, published: date, feedUrl: `https://${a.outlet.feedHost}/`, date });
    });
  const t = Date.parse(read.published);
  const span = (WINDOW_BEFORE_DAYS + CLOCK_AFTER_DAYS) * DAY;
  others.forEach((it, k) => {
    const date = iso(t - WINDOW_BEFORE_DAYS * DAY + (k / others.length) * span);
    const domain = `other-${k % 40}.invalid`;
    entries.push(indexed({ id: `b${k}`, url: `https://${domain}/${k}`, outlet: { name: domain, domain }, source: 'feeds', title: it.title, description: it.description ?? undefined, published: date, feedUrl: `https://${domain}/feed`, date }));
  });
  return { entries, articleOf };
}

interface Tally { relShown: number; relGold: number; readers: number; tp: number; fp: number; gold: number; same: number; found: number; noSame: number; noSameWithGold: number; ms: number }
const tally = (): Tally => ({ relShown: 0, relGold: 0, readers: 0, tp: 0, fp: 0, gold: 0, same: 0, found: 0, noSame: 0, noSameWithGold: 0, ms: 0 });
const halves = { A: tally(), B: tally(), all: tally() };

for (let i = 0; i < dated.length; i += every) {
  const read = dated[i];
  if (!read) continue;
  const clock = Date.parse(read.published) + CLOCK_AFTER_DAYS * DAY;
  const store = memoryFeedStore();
  const { entries, articleOf } = indexAt(read, clock);
  await store.save(entries);
  const article = articleFromText({ url: `https://${read.outlet.siteHost}/${read.slug}`, title: read.title, text: read.body.join('\n\n'), published: iso(Date.parse(read.published)), lang: 'en' });
  const started = performance.now();
  const { coverage } = await findInIndex(store, article, clock);
  const ms = performance.now() - started;
  const gold = new Set(goldOf(read, corpus.articles));
  const window = [...gold].filter((g) => inWindow(read, g));
  const same = coverage.filter((c) => c.relation === 'same-story').flatMap((c) => articleOf.get(c.id) ?? []);
  const shown = coverage.flatMap((c) => articleOf.get(c.id) ?? []);
  const half = stories.indexOf(read.story) % 2 === 0 ? 'A' : 'B';
  for (const t of [halves[half], halves.all]) {
    t.readers++;
    t.ms += ms;
    const right = same.filter((a) => gold.has(a)).length;
    t.tp += right;
    t.fp += coverage.filter((c) => c.relation === 'same-story').length - right;
    t.gold += window.length;
    t.same += same.filter((a) => window.includes(a)).length;
    t.found += shown.filter((a) => window.includes(a)).length;
    const rel = coverage.filter((c) => c.relation === 'related');
    t.relShown += rel.length;
    t.relGold += rel.filter((c) => { const a = articleOf.get(c.id); return a && gold.has(a); }).length;
    if (!same.length) {
      t.noSame++;
      if (window.length) t.noSameWithGold++;
    }
  }
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
for (const [name, t] of Object.entries(halves)) {
  console.log(
    JSON.stringify({
      half: name,
      background,
      readers: t.readers,
      precision: r3(t.tp / (t.tp + t.fp || 1)),
      recall_in_window: r3(t.same / (t.gold || 1)),
      found_in_window: r3(t.found / (t.gold || 1)),
      no_same_story: t.noSame,
      no_same_story_with_gold_in_window: t.noSameWithGold,
      related_shown: t.relShown, related_gold: t.relGold,
      ms_per_reader: Math.round((t.ms / (t.readers || 1)) * 10) / 10,
    }),
  );
}
