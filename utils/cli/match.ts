/**
 * Cluster a pool of news items into stories and rank, for each item, the others.
 *
 *   npx tsx utils/cli/match.ts --in ITEMS.jsonl --out OUT.jsonl [--baseline]
 *   npx tsx utils/cli/match.ts --in ITEMS.jsonl --out OUT.jsonl --reader [--every N] [--no-dates]
 *
 * --baseline: plain TF-IDF cosine ranking, clusters = connected components of pairs with cosine
 * ≥ --threshold (default 0.35), for side-by-side runs.
 *
 * Input lines {"id", "title", "description"?, "text"?, "url"?, "outlet", "published"?}; every other
 * field (a `story` label included) is ignored. Output lines {"id", "cluster", "related": [ids ≤ 20]}.
 * The matching is the extension's own (utils/core/cluster.ts); diversity and de-duplication are
 * display steps and are not applied here.
 *
 * --reader: the extension's own decision instead (match-reader.ts): every N-th line (default 10)
 * is the reader's article and every other line its feed index; output lines {"id", "same": [ids],
 * "related": [ids]}, and on stderr one JSON line of figures (precision and recall when the file has
 * `story` labels, lookup_recall, ms_per_article). --no-dates drops `published` from every line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { clusterPool } from '../core/pool/cluster';
import type { PoolItem } from '../core/pool-item';
import { readerDecisions } from './match-reader';

type Id = string | number;

interface Args {
  in: string;
  out: string;
  baseline: boolean;
  threshold?: number;
  lang: string;
  reader: boolean;
  every: number;
  noDates: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Partial<Args> = { baseline: false, lang: 'en', reader: false, every: 10, noDates: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--in') args.in = argv[++i];
    else if (a === '--out') args.out = argv[++i];
    else if (a === '--baseline') args.baseline = true;
    else if (a === '--lang') args.lang = argv[++i];
    else if (a === '--threshold') args.threshold = Number(argv[++i]);
    else if (a === '--reader') args.reader = true;
    else if (a === '--no-dates') args.noDates = true;
    else if (a === '--every' || a?.startsWith('--every=')) {
      const n = Number(a === '--every' ? argv[++i] : a.slice(8));
      if (!Number.isInteger(n) || n < 1) {
        console.error('match: --every takes a whole number ≥ 1');
        usage(2);
      }
      args.every = n;
    }
    else if (a === '--help' || a === '-h') usage(0);
    else {
      console.error(`match: unknown argument ${a}`);
      usage(2);
    }
  }
  if (!args.in || !args.out) usage(2);
  return args as Args;
}

function usage(code: number): never {
  console.error('usage: match --in ITEMS.jsonl --out OUT.jsonl [--baseline [--threshold 0.35] | --reader [--every N] [--no-dates]] [--lang en]');
  process.exit(code);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Only the fields the contract names are read. */
export function readItems(body: string): { ids: Id[]; items: PoolItem[]; stories: (string | undefined)[] } {
  const ids: Id[] = [];
  const items: PoolItem[] = [];
  /** The `story` labels, kept apart from the items: only a score reads them. */
  const stories: (string | undefined)[] = [];
  body.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new Error(`line ${n + 1}: not JSON (${(e as Error).message})`, { cause: e });
    }
    const id = raw.id;
    if (typeof id !== 'string' && typeof id !== 'number') throw new Error(`line ${n + 1}: "id" must be a string or an integer`);
    ids.push(id);
    items.push({ title: str(raw.title) ?? '', description: str(raw.description), text: str(raw.text), published: str(raw.published), url: str(raw.url) });
    stories.push(typeof raw.story === 'string' || typeof raw.story === 'number' ? String(raw.story) : undefined);
  });
  return { ids, items, stories };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const { ids, items, stories } = readItems(readFileSync(args.in, 'utf8'));
  if (args.reader) {
    const { lines, figures } = await readerDecisions(ids, items, stories, { every: args.every, noDates: args.noDates, lang: args.lang });
    writeFileSync(args.out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    console.error(JSON.stringify(figures));
    return;
  }
  const { cluster, related } = clusterPool(items, { baseline: args.baseline, baselineThreshold: args.threshold, lang: args.lang });
  const lines = ids.map((id, i) => JSON.stringify({ id, cluster: cluster[i], related: (related[i] ?? []).map((j) => ids[j]) }));
  writeFileSync(args.out, lines.join('\n') + '\n');
  const found = new Set(cluster).size;
  console.error(`match: ${items.length} items → ${found} stories in ${((performance.now() - started) / 1000).toFixed(1)} s${args.baseline ? ' (baseline)' : ''}`);
}

if (process.argv[1] && /cli[\\/]match\.ts$/.test(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(`match: ${(e as Error).message}`);
    process.exit(1);
  });
}
