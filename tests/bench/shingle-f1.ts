/**
 * The Article Extraction Benchmark's body metric for one page, as the team's reference scorer
 * (`score_extract.py` in PARALLAX_TOOLS, after the benchmark's evaluate.py) computes it: tokens are
 * `\w+` runs (Unicode letters, digits, underscore; case kept), each text a multiset of 4-token
 * shingles (a text of fewer than 4 tokens is one shingle of all of them, an empty one has none);
 * TP = shared shingles, FP = extra predicted, FN = missed; F1 = 2PR/(P+R) of the page, which is what
 * the scorer reports for a one-page set (checked: tests/core/extract/golden.test.ts). An empty
 * prediction scores 0; identical texts score 1 (two empty texts too, which the scorer, averaging over
 * pages, would leave out).
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const N = 4;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

function shingles(tokens: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - N + 1); i++) {
    const sh = tokens.slice(i, i + N);
    if (!sh.length) continue;
    const key = sh.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleScore(truth: string, predicted: string): { precision: number; recall: number; f1: number } {
  const t = shingles(tokenize(truth));
  const p = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export const shingleF1 = (truth: string, predicted: string): number => shingleScore(truth, predicted).f1;
