/**
 * What following adds to a feed poll: 50 followed stories over a 50,000-item feed index, in real
 * Chromium's IndexedDB (goal: ≤ 200 ms).
 *
 *   npm run bench:follow [-- N=50000] [--runs=10] [--poll=K]
 *
 * As tests/bench/feed-index.ts: a browser entry importing the extension's REAL modules (openDatabase,
 * dexieFeedStore, findInIndex, checkFollowed, statsDays) is bundled with esbuild and served from
 * 127.0.0.1, so the page has a real origin and on-disk IndexedDB; Debian Chromium runs it headless.
 * The index: ../shared/data/uci-dev.jsonl's 3,233 real headlines repeated to N (each with the next two
 * headlines of its story as description), dated over the 60 days before NOW. The 50 followed stories:
 * the sample newsroom's 36 articles and 14 of them again under other addresses, dated 1–3 days before
 * NOW (the 36 also in the index as feed entries, title and standfirst, so each story has coverage),
 * each stored as a story row with the coverage the extension's own lookup finds for it
 * (findInIndex), then followed. Each timed poll first stores K new items (uci headlines dated the
 * last hour, plus in the first poll the two follow-up articles of tests/newsroom/follow-up.ts, so the
 * write path of a story with news runs) as refreshFeeds does — not timed, the poll does that anyway —
 * then times what following adds: checkFollowed over the poll's new items, with the window's word
 * counts (statsDays) read as pollFollowed reads them, only when some story may match (counts-ms; 0
 * when none was read). Wall time in the page and Chromium's CPU time are both printed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../e2e/chromium';
import { loadContent } from '../newsroom/corpus';
import { FOLLOW_UP_STORY } from '../newsroom/follow-up';
import type { ExtractedArticle } from '../../utils/core/types';
import { dataPath } from './data';

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 50_000);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10);
const POLL = Number(args.find((a) => a.startsWith('--poll='))?.slice(7) ?? 500);
const FOLLOWED = 50;
const NOW = Date.parse('2025-11-21T00:00:00Z');
const DAY = 86_400_000;

const ENTRY = `
import { openDatabase } from './utils/db/db';
import { clearFeedIndex, dexieFeedStore } from './utils/feed-index/dexie-store';
import { indexed } from './utils/feed-index/keys';
import { findInIndex } from './utils/feed-index/lookup';
import { checkFollowed, followStory } from './utils/story/follow';
import { statsDays } from './utils/story/follow-match';
import { firstRow } from './utils/story/job';

const db = openDatabase('parallax-bench-follow');
const store = dexieFeedStore(db);
function rng(seed) { return () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }

window.bench = {
  async fill(n, source, now, own) {
    await clearFeedIndex(db);
    await db.stories.clear();
    await db.follows.clear();
    const rand = rng(42);
    const byStory = new Map();
    source.forEach((s, i) => byStory.set(s.story, [...(byStory.get(s.story) ?? []), i]));
    const desc = source.map((s, i) => { const sib = byStory.get(s.story); const k = sib.indexOf(i); return [sib[(k + 1) % sib.length], sib[(k + 2) % sib.length]].filter((j) => j !== i).map((j) => source[j].title).join('. '); });
    let put = 0;
    for (let r = 0; put < n; r++) {
      for (let i = 0; i < source.length && put < n; i += 1000) {
        const rows = [];
        for (let j = i; j < Math.min(i + 1000, source.length) && put + rows.length < n; j++) {
          const s = source[j];
          const date = new Date(now - rand() * ${60 * DAY}).toISOString();
          const domain = r ? 'r' + r + '.' + s.host : s.host;
          rows.push(indexed({ id: 'uci-' + s.id + '~' + r, url: s.url + (s.url.includes('?') ? '&' : '?') + 'copy=' + r, outlet: { name: s.outlet, domain }, title: s.title, description: desc[j] || undefined, published: date, source: 'feeds', feedUrl: 'https://' + domain + '/feed', date }));
        }
        await store.save(rows);
        put += rows.length;
      }
    }
    // The newsroom's own articles as feed entries: the followed stories' coverage, among the rest.
    await store.save(own.map((e) => indexed({ ...e, date: e.published })));
    return put + own.length;
  },
  /** Story rows with the coverage the extension's lookup finds, then followed. */
  async follow(articles, now) {
    let same = 0;
    for (const [i, a] of articles.entries()) {
      const id = 'story-' + i;
      const { coverage } = await findInIndex(store, a, now);
      same += coverage.filter((c) => c.relation === 'same-story').length;
      const stamp = new Date(now).toISOString();
      await db.stories.put({ ...firstRow(id, a, stamp, 'done'), coverage, coverageAt: stamp });
      const r = await followStory(db, id, now);
      if (!r.ok) throw new Error(r.error);
    }
    return same;
  },
  /** A poll's new items, stored as refreshFeeds stores them (not timed): the items that were new. */
  async poll(k, source, round, now, extra) {
    const rows = extra.map((e) => indexed({ ...e, date: e.published }));
    for (let j = 0; j < k; j++) {
      const s = source[(round * k + j * 7) % source.length];
      const date = new Date(now - ((j * 131) % 60) * 60000).toISOString();
      const domain = 'p' + round + '.' + s.host;
      rows.push(indexed({ id: 'poll-' + round + '-' + j, url: s.url + '#poll-' + round + '-' + j, outlet: { name: s.outlet, domain }, title: s.title, published: date, source: 'feeds', feedUrl: 'https://' + domain + '/feed', date }));
    }
    window.added = await store.save(rows);
    return window.added.length;
  },
  /** What following adds to the poll, timed. */
  async check(now) {
    // As pollFollowed: the word counts are read only if some story may match, and timed apart.
    const t0 = performance.now();
    const days = statsDays(window.added);
    let counts = 0;
    const stats = async () => { const c0 = performance.now(); const s = days ? await store.wordCounts(days[0], days[1]) : undefined; counts = performance.now() - c0; return s; };
    const r = await checkFollowed(db, window.added, { now, stats });
    const t2 = performance.now();
    return { ms: t2 - t0, counts, decide: t2 - t0 - counts, checked: r.checked, news: r.news.length, items: r.news.reduce((s, n) => s + n.items.length, 0) };
  },
};
`;

const bundle = await build({ stdin: { contents: ENTRY, resolveDir: resolve('.'), sourcefile: 'follow-entry.js', loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'error' });
const js = bundle.outputFiles[0]?.text;
if (js === undefined) throw new Error('esbuild wrote no bundle');
const server = createServer((req, res) => {
  if (req.url === '/bench.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><title>follow bench</title><script src="/bench.js"></script>');
  res.writeHead(404).end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

interface UciRow { id: number; title: string; url: string; outlet: string; host: string; story: string }
const source: UciRow[] = readFileSync(dataPath('uci-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map(({ id, title, url, outlet, host, story }) => ({ id, title, url, outlet, host, story }));
const content = loadContent().articles;
const articles: ExtractedArticle[] = Array.from({ length: FOLLOWED }, (_, i) => {
  const a = content[i % content.length]!;
  const text = a.body.filter((p) => !p.startsWith('## ')).map((p) => p.replace(/^> /, '')).join('\n\n');
  const url = `https://${a.outlet.id}.example/${a.slug}${i >= content.length ? `?again=${i}` : ''}`;
  return { url, canonicalUrl: url, title: a.title, byline: a.author, siteName: a.outlet.name, publishedTime: new Date(NOW - (1 + (i % 3)) * DAY).toISOString(), modifiedTime: null, lang: 'en', excerpt: a.dek, text, html: '', wordCount: text.split(/\s+/).length, isArticle: true, extractionMs: 0 };
});
const own = content.map((a, i) => ({ id: `own-${i}`, url: `https://feeds.${a.outlet.id}.example/${a.slug}`, outlet: { name: a.outlet.name, domain: `feeds.${a.outlet.id}.example` }, title: a.title, description: a.dek, published: new Date(NOW - (1 + (i % 3)) * DAY + 3600_000).toISOString(), source: 'feeds', feedUrl: `https://feeds.${a.outlet.id}.example/feed` }));
const followUps = FOLLOW_UP_STORY.map((a, i) => ({ id: `follow-up-${i}`, url: `https://${a.outlet}.example/${a.slug}`, outlet: { name: a.outlet, domain: `${a.outlet}.example` }, title: a.title, description: a.dek, published: new Date(NOW - 3600_000).toISOString(), source: 'feeds', feedUrl: `https://${a.outlet}.example/feed` }));

/** CPU time (ms) of the Chromium we launched and its children (as feed-index.ts measures it). */
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
  const mine = new Set([...procs].filter(([, p]) => p.cmd.includes(profileDir) && !procs.get(p.ppid)?.cmd.includes(profileDir)).map(([pid]) => pid));
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

interface Check { ms: number; counts: number; decide: number; checked: number; news: number; items: number }
interface BenchWindow {
  bench: {
    fill(n: number, s: UciRow[], now: number, own: unknown[]): Promise<number>;
    follow(a: ExtractedArticle[], now: number): Promise<number>;
    poll(k: number, s: UciRow[], round: number, now: number, extra: unknown[]): Promise<number>;
    check(now: number): Promise<Check>;
  };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const r1 = (x: number) => Math.round(x * 10) / 10;
const profile = mkdtempSync(join(tmpdir(), 'parallax-bench-follow-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(origin);
  console.log(`${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; filling ${N} items…`);
  const put = await page.evaluate(([n, s, now, own]) => (window as unknown as BenchWindow).bench.fill(n, s, now, own), [N - own.length, source, NOW, own] as const);
  const same = await page.evaluate(([a, now]) => (window as unknown as BenchWindow).bench.follow(a, now), [articles, NOW] as const);
  console.log(`index: ${put} items; ${FOLLOWED} stories followed (their lookups found ${same} same-story items in all)`);
  console.log(' poll  new-items  cpu-ms  total-ms  counts-ms  decide-ms  checked  stories-with-news  items');
  const rows: (Check & { cpu: number; added: number })[] = [];
  for (let i = 0; i < RUNS; i++) {
    const now = NOW + i * 30 * 60_000;
    const added = await page.evaluate(([k, s, round, now, extra]) => (window as unknown as BenchWindow).bench.poll(k, s, round, now, extra), [POLL, source, i, now, i === 0 ? followUps : []] as const);
    const c0 = chromiumCpuMs(profile);
    const r = await page.evaluate((now) => (window as unknown as BenchWindow).bench.check(now), now);
    const cpu = chromiumCpuMs(profile) - c0;
    rows.push({ ...r, cpu, added });
    console.log(`${String(i + 1).padStart(5)} ${String(added).padStart(10)} ${String(cpu).padStart(7)} ${r1(r.ms).toFixed(1).padStart(9)} ${r1(r.counts).toFixed(1).padStart(10)} ${r1(r.decide).toFixed(1).padStart(10)} ${String(r.checked).padStart(8)} ${String(r.news).padStart(18)} ${String(r.items).padStart(6)}`);
  }
  const col = (k: 'ms' | 'cpu' | 'counts' | 'decide') => rows.map((r) => r[k]);
  console.log(JSON.stringify({ items: put, followed: FOLLOWED, poll_items: POLL, runs: RUNS, added_median_ms: r1(median(col('ms'))), added_max_ms: r1(Math.max(...col('ms'))), chromium_cpu_median_ms: median(col('cpu')), counts_median_ms: r1(median(col('counts'))), decide_median_ms: r1(median(col('decide'))), loadavg_1m: r1(loadavg()[0] ?? NaN) }));
} finally {
  await context.close().catch(() => undefined);
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
