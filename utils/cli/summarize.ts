/**
 * Summarise clusters of articles from the command line, with the engine the panel uses:
 *   npx tsx utils/cli/summarize.ts --in CLUSTERS.jsonl --out OUT.jsonl [--words N] [--engine parallax|lead|centroid] [--half odd|even]
 * Input lines {"id","topic"?,"articles":[{"id","title","text","outlet","published","url"?}],"previous"?:[ids]};
 * output lines {"id","summary","brief","ms"}. Every other input field (a narrative, say) is ignored:
 * a reader has none. `--half` keeps only the lines whose id's first number is odd (or even), e.g.
 * D0703-A: tune on one half of the topics, report the other (score with --only-predicted).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { summarizeCluster, type ClusterLine, type EngineName } from './summarize-input';

function args(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const input = get('in');
  const out = get('out');
  const words = get('words');
  const engine = (get('engine') ?? 'parallax') as EngineName;
  const half = get('half');
  if (!input || !out || (words && !/^\d+$/.test(words)) || !['parallax', 'lead', 'centroid'].includes(engine) || (half && !['odd', 'even'].includes(half))) {
    console.error('usage: summarize --in CLUSTERS.jsonl --out OUT.jsonl [--words N] [--engine parallax|lead|centroid] [--half odd|even]');
    process.exit(2);
  }
  return { input, out, words: words ? Number(words) : undefined, engine, half };
}

/** Whether a line belongs to the requested half of the topics (by the parity of its id's first number). */
function inHalf(id: string, half?: string): boolean {
  if (!half) return true;
  const n = Number(/\d+/.exec(id)?.[0] ?? NaN);
  return Number.isFinite(n) && (n % 2 === 1) === (half === 'odd');
}

function main() {
  const { input, out, words, engine, half } = args(process.argv.slice(2));
  // The whole file first: "previous" names articles of earlier lines.
  const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ClusterLine);
  const byId = new Map(lines.flatMap((l) => l.articles.map((a) => [a.id, a] as const)));
  const results = lines.filter((line) => inHalf(line.id, half)).map((line) => {
    const t0 = performance.now();
    const { summary, brief } = summarizeCluster(line, byId, { words, engine });
    return JSON.stringify({ id: line.id, summary, brief, ms: Math.round((performance.now() - t0) * 10) / 10 });
  });
  writeFileSync(out, results.join('\n') + '\n');
  console.error(`summarize: ${results.length} clusters → ${out}`);
}

main();
