/**
 * The extension's same-story decision on real labelled news: each sampled item is the reader's
 * article; every item of the file is an entry of its local feed index (title, the first 40 words
 * of the text as the description, its date as published), in the feed index's memory store. The
 * index is looked up by the extension's own lookUpIndex (the article's rarer words, pickNeedles;
 * ≤ 300 items sharing the most of them; the article itself among them, as when the reader's
 * feeds carry it, and then set aside), the candidates are
 * scored against the article with the index's word counts as background (scoreCandidates), and
 * "same story" is compared with the file's `story` labels (read here only, as truth).
 *
 *   npx tsx tests/bench/match-article.ts [--every=N]
 *
 * Figures: micro precision and recall of "same story" over all sampled articles (recall against
 * every same-story item in the index, so a lookup miss counts), and the lookup's own recall (the
 * share of same-story items among the ≤ 300 candidates): the ceiling for the decision.
 */
import { readFileSync } from 'node:fs';
import { buildQuery } from '../../utils/core/query';
import { scoreCandidates } from '../../utils/core/match';
import type { ExtractedArticle } from '../../utils/core/types';
import { indexed } from '../../utils/feed-index/keys';
import { lookUpIndex } from '../../utils/feed-index/lookup';
import { memoryFeedStore } from '../../utils/feed-index/memory-store';
import { dataPath } from './data';

interface Row { id: string | number; title: string; text?: string; published?: string; story: string }
const every = Number(process.argv.find((a) => a.startsWith('--every='))?.slice(8) ?? 10);
const load = (f: string): Row[] => readFileSync(dataPath(f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/**
 * Every item is filed under one day and the lookup is made on that day, so the whole file is the
 * index's window (its dates span months; the extension's window is 3 weeks): the figures measure
 * the lookup by words and the scoring, not the window. Ids are zero-padded so the lookup's ties
 * (by id) fall in file order.
 */
const DAY = '2000-01-01T00:00:00.000Z';
const idOf = (i: number) => String(i).padStart(7, '0');

async function run(name: string, rows: Row[]) {
  const started = performance.now();
  const store = memoryFeedStore();
  await store.save(rows.map((r, i) => indexed({
    id: idOf(i), url: `https://example.test/${i}`, outlet: { name: 'x', domain: 'example.test' }, source: 'feeds',
    title: r.title, description: r.text ? r.text.split(/\s+/, 40).join(' ') : undefined, published: r.published, feedUrl: 'https://example.test/feed', date: DAY,
  })));
  let tp = 0, fp = 0, fn = 0, articles = 0, reach = 0, truthAll = 0;
  for (let a = 0; a < rows.length; a += every) {
    const r = rows[a];
    if (!r) continue;
    const article = { title: r.title, text: r.text ?? '', excerpt: null, publishedTime: r.published ?? null, canonicalUrl: `https://example.test/${a}`, lang: 'en' } as unknown as ExtractedArticle;
    const query = buildQuery(article);
    // The article is in the index too: the lookup finds it, and it is no candidate of its own.
    const { candidates, stats } = await lookUpIndex(store, query, null, Date.parse(DAY));
    const found = candidates.filter((c) => c.id !== idOf(a));
    const inFound = new Set(found.map((c) => Number(c.id)));
    rows.forEach((o, i) => { if (i !== a && o.story === r.story) { truthAll++; if (inFound.has(i)) reach++; } });
    const scored = scoreCandidates(article, query, found, { backgroundDf: stats });
    const said = new Set(scored.filter((c) => c.relation === 'same-story').map((c) => Number(c.id)));
    rows.forEach((o, i) => {
      if (i === a) return;
      const truth = o.story === r.story;
      if (said.has(i) && truth) tp++;
      else if (said.has(i)) fp++;
      else if (truth) fn++;
    });
    articles++;
  }
  const p = tp / (tp + fp || 1), rc = tp / (tp + fn || 1);
  console.log(JSON.stringify({ set: name, articles, precision: +p.toFixed(3), recall: +rc.toFixed(3), f1: +((2 * p * rc) / (p + rc || 1)).toFixed(3), lookup_recall: +(reach / truthAll).toFixed(3), ms_per_article: +((performance.now() - started) / articles).toFixed(1) }));
}

await run('uci-dev (headlines)', load('uci-dev.jsonl'));
await run('duc2007 docs-main (full text)', load('duc2007-update/docs-main.jsonl'));
