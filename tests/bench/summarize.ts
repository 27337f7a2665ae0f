/**
 * Time to compose a full brief for a 25-article cluster (goal: median under 150 ms).
 *   npx tsx tests/bench/summarize.ts [--runs N]
 * The cluster is DUC 2007's first main-task cluster (25 full newswire articles), read from
 * ../shared/data (internal evaluation data, never copied here); two cases: every article in full
 * (the CLI) and the reader's article in full with 24 title + first-sentence snippets (the extension).
 * Wall-clock time is the goal; the process's CPU time is printed beside it because on a shared
 * machine other processes stretch the wall clock (CPU time includes the garbage collector's threads).
 */
import { readFileSync } from 'node:fs';
import { composeExtractive } from '../../utils/brief/extractive';
import { clusterInput, type ClusterArticle } from '../../utils/cli/summarize-input';
import { dataPath } from './data';

const DOCS = dataPath('duc2007-update/docs-main.jsonl');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;

function cluster(): ClusterArticle[] {
  const byStory = new Map<string, ClusterArticle[]>();
  for (const line of readFileSync(DOCS, 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(line) as ClusterArticle & { story: string };
    byStory.set(d.story, [...(byStory.get(d.story) ?? []), d]);
  }
  return [...byStory.values()].find((a) => a.length >= 25)!.slice(0, 25);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function bench(label: string, make: () => Parameters<typeof composeExtractive>[0]) {
  const input = make();
  composeExtractive(input); // warm-up: JIT and Intl segmenters
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    composeExtractive(input);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const words = [input.article.text, ...Object.values(input.texts ?? {}), ...input.coverage.map((c) => c.description ?? '')].join(' ').split(/\s+/).length;
  console.log(`${label}: 25 articles, ${words} words — median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${runs} runs (CPU time median ${median(cpu).toFixed(1)} ms: less sensitive to other processes)`);
}

const articles = cluster();
const line = { id: 'bench', articles };
bench('full texts (CLI)', () => clusterInput(line, new Map()));
bench('reader + snippets (extension)', () => {
  const input = clusterInput(line, new Map());
  const snippets = input.coverage.map((c) => ({ ...c, description: (input.texts?.[c.id] ?? '').split(/(?<=[.!?])\s+/).slice(0, 2).join(' ') }));
  return { ...input, coverage: snippets, texts: undefined, readerWeight: 2 };
});
