/**
 * Time and peak memory to cluster 10,000 headlines with the extension's matching code.
 *
 *   node --expose-gc --import tsx tests/bench/match.ts [N]
 *
 * The pool is ../shared/data/uci-dev.jsonl (3,233 real headlines) repeated until N items: copy r of
 * an item gets id "ID~r" and its date moved r × 30 days later, so copies are distinct items a month
 * apart (the time damping applies) rather than exact duplicates in the same hour. Only the title,
 * url and date are read, as by the CLI. Peak memory is the process's maximum resident set size
 * (process.resourceUsage().maxRSS, which a synchronous run cannot hide from a sampler), next to the
 * heap in use right after clustering, over a gc'd baseline.
 * The 50,000-item IndexedDB query latency needs real Chromium and is not measured here.
 */
import { readFileSync } from 'node:fs';
import { clusterPool } from '../../utils/core/pool/cluster';
import { readItems } from '../../utils/cli/match';
import type { PoolItem } from '../../utils/core/pool-item';
import { dataPath } from './data';

const N = Number(process.argv[2] ?? 10_000);
const source = readItems(readFileSync(dataPath('uci-dev.jsonl'), 'utf8'));
const items: PoolItem[] = [];
const ids: string[] = [];
for (let r = 0; items.length < N; r++) {
  source.items.forEach((it, i) => {
    if (items.length >= N) return;
    const t = it.published ? Date.parse(it.published) + r * 30 * 86_400_000 : NaN;
    items.push({ ...it, published: Number.isFinite(t) ? new Date(t).toISOString() : null });
    ids.push(`${source.ids[i]}~${r}`);
  });
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const base = process.memoryUsage();
const started = performance.now();
const { cluster } = clusterPool(items);
const ms = performance.now() - started;
const after = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;

const mb = (b: number) => (b / 1048576).toFixed(0);
console.log(
  JSON.stringify({
    items: items.length,
    stories: new Set(cluster).size,
    seconds: +(ms / 1000).toFixed(2),
    peakRssMB: +mb(peakRss),
    baselineRssMB: +mb(base.rss),
    heapAfterMB: +mb(after.heapUsed),
    heapAboveBaselineMB: +mb(after.heapUsed - base.heapUsed),
    gc: Boolean(gc),
    node: process.version,
  }),
);
