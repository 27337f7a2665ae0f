/**
 * What the reader is shown: no outlet may fill the list. Items are taken best first, round by
 * round, one per outlet per round, at most `perOutlet` each and `max` in all. A display step:
 * the ranking itself (and the CLI) is untouched.
 */
import type { CoverageItem } from './types';

export function diversify(items: CoverageItem[], { perOutlet = 2, max = 12 } = {}): CoverageItem[] {
  const byOutlet = new Map<string, CoverageItem[]>();
  for (const it of [...items].sort((a, b) => b.score - a.score)) {
    const key = it.outlet.domain || it.outlet.name;
    const list = byOutlet.get(key);
    if (list) list.push(it);
    else byOutlet.set(key, [it]);
  }
  const out: CoverageItem[] = [];
  for (let round = 0; round < perOutlet && out.length < max; round++) {
    const picks = [...byOutlet.values()].flatMap((list) => list[round] ?? []);
    for (const it of picks.sort((a, b) => b.score - a.score)) {
      if (out.length >= max) break;
      out.push(it);
    }
  }
  return out;
}
