/**
 * Latency of one lookup against a local feed index of 50,000 items, in real Chromium's IndexedDB.
 *
 *   npx tsx tests/bench/feed-index.ts [N=50000] [--window=full|fresh] [--runs=36] [--cold=8] [--poll=K]
 *
 * A small browser entry that imports the extension's REAL modules (openDatabase, dexieFeedStore,
 * lookUpIndex, buildQuery, dedupe, scoreCandidates, classify) is bundled with esbuild and served
 * from a tiny HTTP server on 127.0.0.1 (random port), so the page has a real origin and on-disk
 * IndexedDB (a persistent profile: an incognito context would keep IndexedDB in memory). Debian
 * Chromium is driven headless by playwright-core.
 *
 * The items: the 3,233 real headlines of ../shared/data/uci-dev.jsonl, repeated until N. Copy r of
 * headline i gets id "uci-ID~r", the url "…?copy=r" and, for r > 0, the outlet domain "rR.host"
 * (otherwise the extension's de-duplication, keyed on domain + title, would fold the copies into
 * one and understate the scoring work). uci has no descriptions, so each item's description is the
 * next two headlines of the same labelled story (real text on the same topic, ≈ 20–30 words, like
 * an RSS <description>). Dates: uniformly at random (seeded PRNG) over the 60 days before
 * NOW = 2025-11-21T00:00Z; `published` = `date`. Written through the extension's own write path
 * (storeItems: term keys, per-day word counts, the term numbering) in transactions of 1,000.
 *
 * The queries: the 36 story articles of the sample newsroom (tests/newsroom/corpus.ts loadContent()),
 * built as the extractor would deliver them (title, dek as excerpt, body paragraphs as text), each
 * re-dated so the lookup window is populated:
 *   --window=full  (default, the worst case) the article is dated NOW − 10…20 days, so the whole
 *                  lookup window (14 days before to 7 after) lies inside the index:
 *                  ≈ 21/60 of the items;
 *   --window=fresh the article is dated NOW − 0…48 h (a reader on today's news): ≈ 14–16/60.
 * One lookup, timed in the page with performance.now(), is what the extension does for the feed
 * index: buildQuery → lookUpIndex (the window's word counts, the items sharing the story's rarer
 * words via the term|day index, at most 300 read) → dedupe → scoreCandidates with the word counts
 * as word rarity → classify, then the second round (secondQuery: the confident matches' shared
 * words, looked up and everything scored again), as findCoverage does; its time is reported apart.
 *
 * Warm and cold: after the fill the bench waits until Chromium is idle, the page is reloaded once,
 * one warm-up lookup is reported but not counted, and the --runs lookups run in that page: warm,
 * with the word counts read by earlier lookups still in memory (a window's days not read yet are
 * read from disk by its first lookup).
 * --poll=K stores K new items (dated the last hour) before each timed lookup, as a feed poll
 * would, so the counts they touch are read again. Then the page is reloaded --cold times; each
 * time the database is opened (timed apart: in the extension the story job has opened it long
 * before) and ONE lookup is timed: the first of a fresh JavaScript context, as after the worker
 * was stopped (nothing in memory; Chromium and its IndexedDB backend still running).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../e2e/chromium';
import { loadContent } from '../newsroom/corpus';
import type { ExtractedArticle } from '../../utils/core/types';
import { dataPath } from './data';

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 50_000);
const WINDOW = (args.find((a) => a.startsWith('--window='))?.slice(9) ?? 'full') as 'full' | 'fresh';
const RUNS_ARG = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 0);
const COLD = Number(args.find((a) => a.startsWith('--cold='))?.slice(7) ?? 8);
const POLL = Number(args.find((a) => a.startsWith('--poll='))?.slice(7) ?? 0);
const NOW = Date.parse('2025-11-21T00:00:00Z');
const DAY = 86_400_000;
const ROOT = resolve('.');

// ---- the browser entry: real modules, exposed as window.bench -------------------------------
const ENTRY = `
import { openDatabase } from './utils/db/db';
import { addDays, Vocabulary } from './utils/feed-index/counts';
import { clearFeedIndex, dexieFeedStore } from './utils/feed-index/dexie-store';
import { indexed } from './utils/feed-index/keys';
import { lookUpIndex, pickNeedles } from './utils/feed-index/lookup';
import { buildQuery } from './utils/core/query';
import { classify, scoreCandidates } from './utils/core/match';
import { dedupe, secondQuery } from './utils/coverage';

const db = openDatabase('parallax-bench');
const store = dexieFeedStore(db);

function rng(seed) { return () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }

window.bench = {
  async count() { return db.feedItems.count(); },
  /** Open the database (in the extension the story job has opened it before the lookup). */
  async open() { const t = performance.now(); await db.open(); return performance.now() - t; },
  /** Fill the index with n items made from the given headlines (see the header of feed-index.ts). */
  async fill(n, source, now, batch = 1000) {
    await clearFeedIndex(db);
    const rand = rng(42);
    const byStory = new Map();
    source.forEach((s, i) => byStory.set(s.story, [...(byStory.get(s.story) ?? []), i]));
    const desc = source.map((s, i) => { const sib = byStory.get(s.story); const k = sib.indexOf(i); return [sib[(k + 1) % sib.length], sib[(k + 2) % sib.length]].filter((j) => j !== i).map((j) => source[j].title).join('. '); });
    let ms = 0;
    let put = 0;
    for (let r = 0; put < n; r++) {
      for (let i = 0; i < source.length && put < n; i += batch) {
        const rows = [];
        for (let j = i; j < Math.min(i + batch, source.length) && put + rows.length < n; j++) {
          const s = source[j];
          const date = new Date(now - rand() * ${60 * DAY}).toISOString();
          const domain = r ? 'r' + r + '.' + s.host : s.host;
          const item = { id: 'uci-' + s.id + '~' + r, url: s.url + (s.url.includes('?') ? '&' : '?') + 'copy=' + r, outlet: { name: s.outlet, domain }, title: s.title, description: desc[j] || undefined, published: date, source: 'feeds', feedUrl: 'https://' + domain + '/feed', date };
          rows.push(indexed(item));
        }
        const t0 = performance.now();
        // The same write path as polling: items with their term keys, and the days' word counts.
        await store.save(rows);
        ms += performance.now() - t0;
        put += rows.length;
      }
    }
    return { put, ms };
  },
  /** A poll between lookups: k new items of the last hour, stored as refreshFeeds stores them. */
  async poll(k, source, round, now) {
    const rows = [];
    for (let j = 0; j < k; j++) {
      const s = source[(round * k + j) % source.length];
      const date = new Date(now - ((j * 131) % 60) * 60000).toISOString();
      const domain = 'p' + round + '.' + s.host;
      rows.push(indexed({ id: 'poll-' + round + '-' + j, url: s.url + '#poll-' + round, outlet: { name: s.outlet, domain }, title: s.title, published: date, source: 'feeds', feedUrl: 'https://' + domain + '/feed', date }));
    }
    await store.save(rows);
  },
  /** One lookup as the extension does it for the feed index, timed stage by stage. */
  async query(article, now) {
    const t0 = performance.now();
    const query = buildQuery(article);
    const t1 = performance.now();
    const { candidates: found, stats } = await lookUpIndex(store, query, article.publishedTime, now);
    const t2 = performance.now();
    const candidates = dedupe(found, article);
    const t3 = performance.now();
    let coverage = classify(scoreCandidates(article, query, candidates, { backgroundDf: stats }));
    const t4 = performance.now();
    // The second round findCoverage makes: the confident matches' shared words, looked up, all scored again.
    const next = secondQuery(query, coverage);
    let matched = found.length;
    if (next) {
      const more = await lookUpIndex(store, next, article.publishedTime, now);
      const all = dedupe([...found, ...more.candidates], article);
      matched = all.length;
      coverage = classify(scoreCandidates(article, query, all, { backgroundDf: stats }));
    }
    const t5 = performance.now();
    return {
      ms: t5 - t0, first: t4 - t0, second: t5 - t4, build: t1 - t0, lookup: t2 - t1, dedupe: t3 - t2, score: t4 - t3,
      items: stats.n, matched, candidates: candidates.length,
      sameStory: coverage.filter((c) => c.relation === 'same-story').length, related: coverage.filter((c) => c.relation === 'related').length,
    };
  },
  /**
   * Diagnostics: the lookup's reads one by one, on Chromium's own IndexedDB API (no Dexie, nothing
   * kept in memory): the window's word counts and the numbering, the keys of the ten rarest words,
   * and the items (the lookup's own candidates, read again).
   */
  async readParts(article, now) {
    const anchor = article.publishedTime ? Date.parse(article.publishedTime) : now;
    const fromDay = new Date(anchor - 14 * ${DAY}).toISOString().slice(0, 10);
    const toDay = new Date(anchor + 7 * ${DAY}).toISOString().slice(0, 10);
    const idb = db.backendDB();
    const answer = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    let t = performance.now();
    const tx = idb.transaction(['feedDays', 'feedWords'], 'readonly');
    const [days, slices] = await Promise.all([answer(tx.objectStore('feedDays').getAll(IDBKeyRange.bound(fromDay, toDay))), answer(tx.objectStore('feedWords').getAll())]);
    const countsMs = performance.now() - t;
    t = performance.now();
    const { n, df } = addDays(days, new Vocabulary(slices).words);
    const addMs = performance.now() - t;
    const needles = pickNeedles(buildQuery(article), { n, df });
    t = performance.now();
    const index = idb.transaction('feedItems', 'readonly').objectStore('feedItems').index('dayKeys');
    const keys = await Promise.all(needles.map((w) => answer(index.getAllKeys(IDBKeyRange.bound(w + '|' + fromDay, w + '|' + toDay)))));
    const keysMs = performance.now() - t;
    const { candidates } = await lookUpIndex(store, buildQuery(article), article.publishedTime, now);
    t = performance.now();
    const itemStore = idb.transaction('feedItems', 'readonly').objectStore('feedItems');
    const rows = await Promise.all(candidates.map((c) => answer(itemStore.get(c.id))));
    const itemsMs = performance.now() - t;
    return {
      days: days.length, words: df.size, pairs: days.reduce((s, d) => s + d.ids.length, 0), countsBytes: days.reduce((s, d) => s + d.ids.byteLength * 2, 0) + slices.reduce((s, w) => s + w.words.length, 0),
      countsMs, addMs, needles: needles.length, keys: keys.flat().length, keysMs, items: rows.length, itemsMs, avgJsonBytes: Math.round(JSON.stringify(rows).length / Math.max(1, rows.length)),
    };
  },
};
`;

const bundle = await build({
  stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'feed-index-entry.js', loader: 'ts' },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  write: false,
  logLevel: 'error',
});
const js = bundle.outputFiles[0]?.text;
if (js === undefined) throw new Error('esbuild wrote no bundle');

// ---- the page's origin --------------------------------------------------------------------------
const server = createServer((req, res) => {
  if (req.url === '/bench.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><title>feed-index bench</title><script src="/bench.js"></script>');
  res.writeHead(404).end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

// ---- data ---------------------------------------------------------------------------------------
interface UciRow { id: number; title: string; url: string; outlet: string; host: string; story: string }
const source: UciRow[] = readFileSync(dataPath('uci-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .map(({ id, title, url, outlet, host, story }) => ({ id, title, url, outlet, host, story }));

const articles: ExtractedArticle[] = loadContent().articles.map((a, i) => {
  const text = a.body.filter((p) => !p.startsWith('## ')).map((p) => p.replace(/^> /, '')).join('\n\n');
  const url = `https://${a.outlet.id}.example/${a.slug}`;
  const offset = WINDOW === 'full' ? 10 * DAY + ((i * 7) % 11) * DAY : ((i * 5) % 49) * 3_600_000;
  return {
    url, canonicalUrl: url, title: a.title, byline: a.author, siteName: a.outlet.name,
    publishedTime: new Date(NOW - offset).toISOString(), modifiedTime: null, lang: 'en', excerpt: a.dek,
    text, html: '', wordCount: text.split(/\s+/).length, isArticle: true, extractionMs: 0,
  };
});
const RUNS = RUNS_ARG || articles.length;
/** The article the `i`th lookup asks about, round the list. */
const nthArticle = (i: number): ExtractedArticle => {
  const a = articles[i % articles.length];
  if (!a) throw new Error('no articles to look up (the sample newsroom has none)');
  return a;
};

/**
 * CPU time (ms) used so far by the Chromium we launched: the process whose command line names our
 * profile, plus all its descendants (utime + stime from /proc, 10 ms ticks). On a busy machine the
 * wall time of a lookup is inflated by waiting for a core; its CPU time is not, and is close to the
 * wall time it would take on an idle one (the IndexedDB backend and the page run one after another).
 */
function chromiumCpuMs(profileDir: string): number {
  const procs = new Map<number, { ppid: number; ticks: number; cmd: string }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), cmd: readFileSync(`/proc/${d}/cmdline`, 'utf8') });
    } catch {
      /* gone */
    }
  }
  const roots = [...procs].filter(([, p]) => p.cmd.includes(profileDir) && !procs.get(p.ppid)?.cmd.includes(profileDir)).map(([pid]) => pid);
  const mine = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  return [...mine].reduce((s, pid) => s + procs.get(pid)!.ticks, 0) * 10;
}

/** What the page exposes (the entry above is plain JS inside a template string). */
interface BenchWindow {
  bench: {
    count(): Promise<number>;
    open(): Promise<number>;
    fill(n: number, source: UciRow[], now: number): Promise<{ put: number; ms: number }>;
    poll(k: number, source: UciRow[], round: number, now: number): Promise<void>;
    query(article: ExtractedArticle, now: number): Promise<Result>;
    readParts(article: ExtractedArticle, now: number): Promise<Parts>;
  };
}
type Parts = { days: number; words: number; pairs: number; countsBytes: number; countsMs: number; addMs: number; needles: number; keys: number; keysMs: number; items: number; itemsMs: number; avgJsonBytes: number };

// ---- run ----------------------------------------------------------------------------------------
type Result = { cpu: number; ms: number; first: number; second: number; build: number; lookup: number; dedupe: number; score: number; items: number; matched: number; candidates: number; sameStory: number; related: number };
const STAGES = ['cpu', 'ms', 'build', 'lookup', 'dedupe', 'score'] as const;
const profile = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const x = s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  if (x === undefined) throw new RangeError('a percentile of no samples');
  return x;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  // The middle one, or the two middle ones (the same one when the count is odd).
  const lo = s[Math.ceil(s.length / 2) - 1];
  const hi = s[Math.floor(s.length / 2)];
  if (lo === undefined || hi === undefined) throw new RangeError('a median of no samples');
  return s.length % 2 ? lo : (lo + hi) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(origin);
  const lookUp = async (a: ExtractedArticle) => {
    const c0 = chromiumCpuMs(profile);
    const r: Result = await page.evaluate(([a, now]) => (window as unknown as BenchWindow).bench.query(a, now), [a, NOW] as const);
    return { ...r, cpu: chromiumCpuMs(profile) - c0 };
  };
  console.log(`${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; Chromium at ${origin}; filling ${N} items (from ${source.length} uci-dev headlines, dates over 60 days)…`);
  const fill = await page.evaluate(([n, s, now]) => (window as unknown as BenchWindow).bench.fill(n, s, now), [N, source, NOW] as const);
  console.log(`fill: ${fill.put} items in ${Math.round(fill.ms)} ms (storeItems, transactions of 1,000: ${r1((fill.ms / fill.put) * 1000)} ms per 1,000)`);

  // Wait until Chromium is idle, so the lookups do not share a core with work left from the fill.
  const settle = performance.now();
  for (let busy = Infinity; busy > 50 && performance.now() - settle < 120_000; ) {
    const c0 = chromiumCpuMs(profile);
    await new Promise((r) => setTimeout(r, 1000));
    busy = chromiumCpuMs(profile) - c0;
  }
  console.log(`Chromium idle (< 5% of a core over 1 s) after ${r1((performance.now() - settle) / 1000)} s`);
  await page.reload();
  const count = await page.evaluate(() => (window as unknown as BenchWindow).bench.count());
  console.log(`index after reload: ${count} items; window=${WINDOW}; ${RUNS} timed lookups + 1 warm-up${POLL ? `, each after a poll of ${POLL} new items (not timed)` : ''}, then ${COLD} cold ones\n`);
  console.log(`warm-up  ${r1((await lookUp(nthArticle(0))).ms)} ms (not counted)`);
  console.log(' run   cpu-ms   total   build  lookup  dedupe   score   items matched cand  same rel  article');
  const results: Result[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = nthArticle(i);
    if (POLL) await page.evaluate(([k, s, i, now]) => (window as unknown as BenchWindow).bench.poll(k, s, i, now), [POLL, source, i, NOW] as const);
    const r = await lookUp(a);
    results.push(r);
    const f = (x: number) => r1(x).toFixed(1).padStart(7);
    console.log(
      `${String(i + 1).padStart(4)} ${String(r.cpu).padStart(7)} ${f(r.ms)} ${f(r.build)} ${f(r.lookup)} ${f(r.dedupe)} ${f(r.score)} ${String(r.items).padStart(7)} ${String(r.matched).padStart(6)} ${String(r.candidates).padStart(5)} ${String(r.sameStory).padStart(4)} ${String(r.related).padStart(4)}  ${a.title.slice(0, 48)}`,
    );
  }
  // Cold: the first lookup in a fresh page (as after a worker restart: nothing in memory, Chromium
  // and its IndexedDB backend still running). Each reload is one sample.
  const cold: Result[] = [];
  const opens: number[] = [];
  for (let i = 0; i < COLD; i++) {
    await page.reload();
    opens.push(await page.evaluate(() => (window as unknown as BenchWindow).bench.open()));
    cold.push(await lookUp(nthArticle(i)));
  }
  if (COLD) console.log(`\ncold, the first lookup after a reload (${COLD} reloads): ${cold.map((r) => r1(r.ms)).join(', ')} ms; opening the database before it: median ${r1(median(opens))} ms`);
  const col = (k: keyof Result, rs = results) => rs.map((r) => r[k]);
  console.log('median ms:', Object.fromEntries(STAGES.map((k) => [k, r1(median(col(k)))])));
  console.log('p95 ms:   ', Object.fromEntries(STAGES.map((k) => [k, r1(pct(col(k), 95))])));
  if (COLD) console.log('cold (first lookup after a reload), median ms:', Object.fromEntries(STAGES.map((k) => [k, r1(median(col(k, cold)))])));
  console.log(`items in the window: median ${median(col('items'))} (min ${Math.min(...col('items'))}, max ${Math.max(...col('items'))}); candidates read per lookup: median ${median(col('matched'))}, in all ${sum(col('matched'))}; after dedupe ${sum(col('candidates'))}; same story ${sum(col('sameStory'))}, related ${sum(col('related'))}`);
  const parts: Parts[] = [];
  for (const a of articles.slice(0, 12)) parts.push(await page.evaluate(([a, now]) => (window as unknown as BenchWindow).bench.readParts(a, now), [a, NOW] as const));
  const pm = (k: keyof Parts) => r1(median(parts.map((p) => p[k])));
  console.log(
    `read diagnostics (raw IndexedDB, nothing in memory; medians over 12 windows): word counts ${pm('days')} days + numbering (${pm('pairs')} term counts, ${pm('words')} words, ≈${Math.round(pm('countsBytes') / 1000)} kB) ${pm('countsMs')} ms, added up ${pm('addMs')} ms; keys of ${pm('needles')} words (${pm('keys')} keys) ${pm('keysMs')} ms; ${pm('items')} items ${pm('itemsMs')} ms (≈${pm('avgJsonBytes')} B each as JSON)`,
  );
  const [load1m = NaN] = loadavg();
  console.log(
    JSON.stringify({
      items: count,
      window: WINDOW,
      fill_ms: Math.round(fill.ms),
      query_median_ms: r1(median(col('ms'))),
      first_round_median_ms: r1(median(col('first'))),
      second_round_median_ms: r1(median(col('second'))),
      query_p95_ms: r1(pct(col('ms'), 95)),
      chromium_cpu_median_ms: median(col('cpu')),
      chromium_cpu_p95_ms: pct(col('cpu'), 95),
      lookup_median_ms: r1(median(col('lookup'))),
      dedupe_median_ms: r1(median(col('dedupe'))),
      score_median_ms: r1(median(col('score'))),
      ...(COLD ? { cold_first_median_ms: r1(median(col('ms', cold))), cold_first_max_ms: r1(Math.max(...col('ms', cold))), cold_open_median_ms: r1(median(opens)) } : {}),
      window_items_median: median(col('items')),
      candidates_total: sum(col('matched')),
      same_story_total: sum(col('sameStory')),
      related_total: sum(col('related')),
      runs: results.length,
      ...(POLL ? { poll: POLL } : {}),
      loadavg_1m: Math.round(load1m * 10) / 10,
    }),
  );
} finally {
  await context.close().catch(() => undefined);
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
