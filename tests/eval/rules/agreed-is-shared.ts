/**
 * Every agreed fact is shared: cited to two or more outlets, and each citation's sentence states the
 * fact's figure or name (a figure as written differently counts: "260k" states "more than 260,000").
 */
import type { PageView } from './page';
import type { PageRule } from './page';
import { isLifted, short } from './text';

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };

/** The numbers a text states, scaled ("260k" → 260000, "$1.5 million" → 1500000). */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|mn|m|million|bn|b|billion|tn|trillion)?\b/gi)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    if (Number.isFinite(n)) out.push(n * (m[2] ? SCALE[m[2].toLowerCase()]! : 1));
  }
  return out;
}

/** Whether a sentence states a key: its number (scaled) or its words, case and possessive aside. */
export function states(sentence: string, key: string): boolean {
  const wanted = numbersIn(key);
  if (wanted.length) return wanted.every((w) => numbersIn(sentence).some((n) => Math.abs(n - w) <= 1e-9 * Math.max(1, w)));
  const norm = (t: string) => ` ${t.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return norm(sentence).includes(norm(key));
}

const outletOf = (page: PageView, url: string) => page.sources.find((s) => s.url === url)?.outlet ?? url;

export const agreedIsShared: PageRule = {
  id: 'agreed-is-shared',
  check(page) {
    const out: string[] = [];
    for (const a of page.papers.agreed ?? []) {
      const outlets = new Set(a.quotes.flatMap((q) => q.cites.map((u) => outletOf(page, u))));
      if (outlets.size < 2) out.push(`agreed "${a.key}" is cited to ${outlets.size} outlet(s), not two or more`);
      for (const q of a.quotes) {
        if (!states(q.text, a.key)) out.push(`agreed "${a.key}": ${q.cites.map((u) => outletOf(page, u)).join(', ')}'s sentence does not state it: "${short(q.text)}"`);
        else if (Object.keys(page.sourceText).length && !isLifted(page, q)) out.push(`agreed "${a.key}": "${short(q.text)}" is not in the source it cites`);
      }
    }
    return out;
  },
};
