/**
 * Names in headlines weigh more. A headline names what its story is about (a person, company,
 * product: "Plosser", "Fyffes", "Titanfall"), while a body names everyone it mentions, so only
 * titles are read. A word counts as a name by the share of its mid-title occurrences written with
 * a capital, read only from titles in sentence case (no capitalised stop word after the first
 * word): in Title Case or capitals every word is capitalised and says nothing.
 */
import { normalizeTerm, STOP_WORDS, tokens } from './tokens';
import type { PoolItem } from './pool-item';

/** Extra IDF weight of a term that is always written as a name: IDF × (1 + NAME_WEIGHT × share). */
export const NAME_WEIGHT = 0.2;

const BREAK = /^[.!?:;"“”|–—-]$/;

/**
 * The words of a title after the first of each sentence, or none unless it is in sentence case:
 * some content word among them in lower case (Title Case lowers only the small words) and no
 * capitalised stop word.
 */
function midSentenceWords(title: string): string[] {
  const out: string[] = [];
  let start = true;
  let lower = false;
  for (const w of tokens(title, { rule: 'headline' })) {
    if (BREAK.test(w)) start = true;
    else if (start) start = false;
    else {
      const stop = STOP_WORDS.has(normalizeTerm(w));
      if (stop && /^\p{Lu}/u.test(w)) return [];
      lower ||= !stop && /^\p{Ll}/u.test(w);
      out.push(w);
    }
  }
  return lower ? out : [];
}

/** Per term, the share (0..1) of its mid-title occurrences in sentence-case titles that are capitalised. */
export function nameShares(items: PoolItem[]): Map<string, number> {
  const caps = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const it of items) {
    for (const w of midSentenceWords(it.title)) {
      const t = normalizeTerm(w);
      if (t.length < 2 || STOP_WORDS.has(t)) continue;
      seen.set(t, (seen.get(t) ?? 0) + 1);
      if (/^\p{Lu}/u.test(w)) caps.set(t, (caps.get(t) ?? 0) + 1);
    }
  }
  const out = new Map<string, number>();
  for (const [t, n] of seen) if (caps.has(t)) out.set(t, caps.get(t)! / n);
  return out;
}

/** Name share of a term or a word pair ("neil young": the mean of its words). */
export function nameShare(shares: Map<string, number>, term: string): number {
  const space = term.indexOf(' ');
  if (space < 0) return shares.get(term) ?? 0;
  return ((shares.get(term.slice(0, space)) ?? 0) + (shares.get(term.slice(space + 1)) ?? 0)) / 2;
}
