/**
 * The update a followed story shows ("Since you last read"), measured on DUC 2007's update task:
 * the B and C parts of ../shared/data/duc2007-update/clusters.jsonl (B: new articles after A; C:
 * after A and B), ROUGE-1 / 2 / SU4 recall at 100 words by the team's reference scorer
 * (../shared/tools/score_rouge.py, --only-predicted). Four runs:
 *   cli          the CLI's update summary (`npm run summarize -- --words 100`: summarizeCluster);
 *   panel-full   the panel's update function (composeUpdate) on the same full texts, the same topic;
 *   panel-title  the same, the story's headline as its topic (the panel has no DUC topic: the
 *                first article the reader read, A's first, gives the story its title);
 *   panel-40     as the panel usually has them: the reader's article (A's first) in full, every
 *                other article — the others read before and the new ones — as its title and first
 *                40 words (a feed description), the story's headline as topic.
 *   npx tsx tests/eval/follow-update.ts
 * DUC text is internal evaluation data: read from ../shared/data, written only to a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeUpdate } from '../../utils/brief/update';
import { summarizeCluster, type ClusterArticle, type ClusterLine } from '../../utils/cli/summarize-input';
import { dataPath, toolPath } from '../bench/data';

const clusters = dataPath('duc2007-update/clusters.jsonl');
const refs = dataPath('duc2007-update/refs');
const scorer = toolPath('score_rouge.py');
const WORDS = 100;

const lines = readFileSync(clusters, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ClusterLine);
const byId = new Map(lines.flatMap((l) => l.articles.map((a) => [a.id, a] as const)));
const updates = lines.filter((l) => /-[BC]$/.test(l.id));

const snippet = (a: ClusterArticle) => ({ id: a.id, title: a.title, text: a.text.split(/\s+/).slice(0, 40).join(' '), published: a.published });
const full = (a: ClusterArticle) => ({ id: a.id, title: a.title, text: a.text, published: a.published });
const previousOf = (l: ClusterLine) => (l.previous ?? []).map((id) => byId.get(id)).filter((a): a is ClusterArticle => Boolean(a));

const runs: Record<string, (l: ClusterLine) => string> = {
  cli: (l) => summarizeCluster(l, byId, { words: WORDS, engine: 'parallax' }).summary,
  'panel-full': (l) => text(composeUpdate({ topic: l.topic?.trim() || l.articles[0]!.title, fresh: l.articles.map(full), previous: previousOf(l).map(full) }, { words: WORDS })),
  'panel-title': (l) => text(composeUpdate({ topic: previousOf(l)[0]!.title, fresh: l.articles.map(full), previous: previousOf(l).map(full) }, { words: WORDS })),
  'panel-40': (l) => {
    const [reader, ...others] = previousOf(l);
    return text(composeUpdate({ topic: reader!.title, fresh: l.articles.map(snippet), previous: [full(reader!), ...others.map(snippet)] }, { words: WORDS }));
  },
};

function text(p: { text: string }[]): string {
  return p.map((s) => s.text).join(' ');
}

const dir = mkdtempSync(join(tmpdir(), 'follow-update-'));
try {
  console.log(`DUC 2007 update task, B and C parts: ${updates.length} clusters, ${WORDS} words, ROUGE recall (score_rouge.py --only-predicted)`);
  for (const [name, run] of Object.entries(runs)) {
    const file = join(dir, `${name}.jsonl`);
    writeFileSync(file, updates.map((l) => JSON.stringify({ id: l.id, summary: run(l) })).join('\n') + '\n');
    const out = execFileSync('python3', [scorer, '--refs', refs, '--preds', file, '--words', String(WORDS), '--only-predicted'], { encoding: 'utf8' }).trim();
    console.log(`${name.padEnd(12)} ${out}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
