/**
 * The generality panel of tests/bench/README-match.md: B-cubed F1 and P@10 of the clustering on 15
 * pools cut from the same files (the two sets, DUC's 250-article set, DUC titles only, uci chunks,
 * thirds and tenths, DUC every-third and every-second), so that a change is judged on more than
 * two pools. Only the contract fields are read; the labels only score (../shared/tools).
 *
 *   npx tsx tests/bench/match-panel.ts ['{"name": {ClusterOptions}, …}']   (default: the shipped settings)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterPool } from '../../utils/core/pool/cluster';
import { readItems } from '../../utils/cli/match';
import { dataPath, toolPath } from './data';


const SOURCES: Record<string, string> = {
  uci: dataPath('uci-dev.jsonl'),
  duc: dataPath('duc2007-update/docs-main.jsonl'),
  duc250: dataPath('duc2007-update/docs.jsonl'),
};
const POOLS = ['uci', 'duc', 'duc250', 'duc:titles', 'uci:chunk0', 'uci:chunk1', 'uci:chunk2', 'uci:every3o0', 'uci:every3o1', 'uci:every3o2', 'uci:every10o0', 'duc:every3o0', 'duc:every3o1', 'duc:every3o2', 'duc:every2o0'];

const cache: Record<string, Array<Record<string, unknown>>> = {};
function pool(spec: string): Array<Record<string, unknown>> {
  const [base = '', cut = ''] = spec.split(':');
  const source = SOURCES[base];
  if (!source) throw new Error(`no data for pool ${spec}`);
  let rows = (cache[base] ??= readFileSync(source, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
  const every = cut.match(/^every(\d+)o(\d+)$/);
  if (every) rows = rows.filter((_, i) => i % Number(every[1]) === Number(every[2]));
  const chunk = cut.match(/^chunk(\d+)$/);
  if (chunk) rows = rows.slice(Number(chunk[1]) * 1000, Number(chunk[1]) * 1000 + 1000);
  if (cut === 'titles') rows = rows.map((r): Record<string, unknown> => ({ ...r, text: undefined })).filter((r) => r.title && r.title !== '&HT;');
  return rows;
}

const configs = JSON.parse(process.argv[2] ?? '{"shipped": {}}') as Record<string, object>;
const dir = mkdtempSync(join(tmpdir(), 'match-panel-'));
const gold = join(dir, 'gold.jsonl');
const out = join(dir, 'out.jsonl');
const scores: Record<string, Array<[number, number]>> = {};
for (const spec of POOLS) {
  const body = `${pool(spec).map((r) => JSON.stringify(r)).join('\n')}\n`;
  writeFileSync(gold, body);
  const { ids, items } = readItems(body);
  const line: string[] = [];
  for (const [name, options] of Object.entries(configs)) {
    const { cluster, related } = clusterPool(items, options);
    writeFileSync(out, `${ids.map((id, i) => JSON.stringify({ id, cluster: cluster[i], related: (related[i] ?? []).map((j) => ids[j]) })).join('\n')}\n`);
    const r = JSON.parse(execFileSync('python3', [toolPath('score_clusters.py'), gold, out]).toString()) as { bcubed_f1: number; p_at_10: number };
    (scores[name] ??= []).push([r.bcubed_f1, r.p_at_10]);
    line.push(`${name} ${r.bcubed_f1.toFixed(3)} / ${r.p_at_10.toFixed(3)}`);
  }
  console.log(spec.padEnd(14), `n=${String(items.length).padEnd(5)}`, line.join('   '));
}
for (const [name, s] of Object.entries(scores)) {
  const mean = (k: 0 | 1) => (s.reduce((a, x) => a + x[k], 0) / s.length).toFixed(4);
  console.log(`${name}: mean B³ F1 ${mean(0)}, mean P@10 ${mean(1)} over ${s.length} pools`);
}
