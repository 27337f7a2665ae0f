/**
 * The extension's same-story decision on real labelled news: each sampled item is the reader's
 * article; every other item of the file is an entry of its local feed index (title, the first 40
 * words of the text as the description, date). As in the worker, the index is looked up by the
 * article's rarer words (pickNeedles; ≤ 300 items sharing the most of them), the candidates are
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
import { MAX_INDEX_CANDIDATES, pickNeedles } from '../../utils/feeds';
import { buildQuery } from '../../utils/core/query';
import { scoreCandidates } from '../../utils/core/match';
import { terms } from '../../utils/core/text';
import type { Candidate, ExtractedArticle } from '../../utils/core/types';
import { dataPath } from './data';

interface Row { id: string | number; title: string; text?: string; published?: string; story: string }
const every = Number(process.argv.find((a) => a.startsWith('--every='))?.slice(8) ?? 10);
const load = (f: string): Row[] => readFileSync(dataPath(f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

function run(name: string, rows: Row[]) {
  const started = performance.now();
  const entries: Candidate[] = rows.map((r, i) => ({
    id: String(i), url: `https://example.test/${i}`, outlet: { name: 'x', domain: 'example.test' }, source: 'feeds',
    title: r.title, description: r.text ? r.text.split(/\s+/, 40).join(' ') : undefined, published: r.published,
  }));
  const keys = entries.map((e) => new Set(terms(`${e.title} ${e.description ?? ''}`)));
  const df = new Map<string, number>();
  for (const k of keys) for (const t of k) df.set(t, (df.get(t) ?? 0) + 1);
  const posting = new Map<string, number[]>();
  keys.forEach((k, i) => k.forEach((t) => posting.set(t, [...(posting.get(t) ?? []), i])));
  const stats = { n: rows.length, df };
  let tp = 0, fp = 0, fn = 0, articles = 0, reach = 0, truthAll = 0;
  for (let a = 0; a < rows.length; a += every) {
    const r = rows[a];
    if (!r) continue;
    const article = { title: r.title, text: r.text ?? '', excerpt: null, publishedTime: r.published ?? null, canonicalUrl: `https://example.test/${a}`, lang: 'en' } as unknown as ExtractedArticle;
    const shared = new Map<number, number>();
    const query = buildQuery(article);
    for (const t of pickNeedles(query, stats)) for (const i of posting.get(t) ?? []) if (i !== a) shared.set(i, (shared.get(i) ?? 0) + 1);
    const found = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_INDEX_CANDIDATES).flatMap(([i]) => entries[i] ?? []);
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

run('uci-dev (headlines)', load('uci-dev.jsonl'));
run('duc2007 docs-main (full text)', load('duc2007-update/docs-main.jsonl'));
