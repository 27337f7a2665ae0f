/**
 * What the comparison of claims (utils/brief/claims.ts) adds to composing a 25-article story
 * (issue 15's goal: ≤ 50 ms). `npm run bench:claims [-- --runs N]`
 * The story is DUC 2007's first main-task cluster (25 full newswire articles, three agencies), read
 * from ../shared/data (never copied here), in three cases: every article in full (the CLI); the
 * reader's article in full and 24 title + two-sentence snippets (the extension without site
 * access); and every article in full under 25 different outlet names (the most rows, the worst case
 * for grouping across outlets). Each run times `compareClaims` on a context made for it (its
 * sentence ranking included, though composing has made it already) beside the whole
 * `composeExtractive`. Median and worst over the runs, with the load average: on a shared 2-core
 * machine other processes stretch the wall clock, so the comparison's CPU time is given too (the
 * process's, garbage collection and compilation threads included; a descheduled wait is not).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { compareClaims } from '../../utils/brief/claims';
import { storyContext } from '../../utils/brief/context';
import type { ComposeInput } from '../../utils/brief/engine';
import { composeExtractive } from '../../utils/brief/extractive';
import { outletGroups } from '../../utils/brief/papers';
import { clusterInput, type ClusterArticle } from '../../utils/cli/summarize-input';
import { dataPath } from './data';

const DOCS = dataPath('duc2007-update/docs-main.jsonl');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 21;

function cluster(): ClusterArticle[] {
  const byStory = new Map<string, ClusterArticle[]>();
  for (const line of readFileSync(DOCS, 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(line) as ClusterArticle & { story: string };
    byStory.set(d.story, [...(byStory.get(d.story) ?? []), d]);
  }
  return [...byStory.values()].find((a) => a.length >= 25)!.slice(0, 25);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function bench(label: string, input: ComposeInput) {
  const warm = storyContext(input);
  compareClaims(warm, outletGroups(warm)); // warm-up: JIT and Intl segmenters
  composeExtractive(input);
  const claims: number[] = [];
  const claimsCpu: number[] = [];
  const compose: number[] = [];
  let counts = '';
  for (let i = 0; i < runs; i++) {
    const ctx = storyContext(input);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const groups = outletGroups(ctx);
    const c = compareClaims(ctx, groups);
    claims.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    claimsCpu.push((cpu.user + cpu.system) / 1000);
    counts = `${groups.length} outlets → ${c.agreed.length} agreed, ${c.differs.length} differs, ${c.only.flat().length} only-in`;
    const t1 = performance.now();
    composeExtractive(input);
    compose.push(performance.now() - t1);
  }
  const f = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, worst ${Math.max(...xs).toFixed(1)} ms`;
  console.log(`${label} (${counts}): comparison ${f(claims)} (CPU median ${median(claimsCpu).toFixed(1)} ms); whole compose ${f(compose)} — ${runs} runs`);
}

const line = { id: 'bench', articles: cluster() };
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
bench('full texts (CLI)', clusterInput(line, new Map()));
const full = clusterInput(line, new Map());
bench('reader + snippets (extension)', { ...full, coverage: full.coverage.map((c) => ({ ...c, description: (full.texts?.[c.id] ?? '').split(/(?<=[.!?])\s+/).slice(0, 2).join(' ') })), texts: undefined, readerWeight: 2 });
bench('full texts, 25 outlets', { ...full, coverage: full.coverage.map((c, i) => ({ ...c, outlet: { ...c.outlet, name: `Outlet ${i + 1}` } })) });
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
