/**
 * Fast content terms for pools of many short items. `terms()` of text.ts asks Intl.Segmenter for
 * every word, which costs ~0.1 ms per headline; for text written with spaces between words a regular
 * expression finds the same words with the same normalisation and stop words, ten times faster.
 * Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) still go through
 * Intl.Segmenter.
 */
import { normalizeTerm, STOP_WORDS, terms } from './text';

const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A word: letters (with marks) and digits, inner apostrophes; a number keeps its separators ("260,000"). */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function fastTerms(text: string, lang = 'en'): string[] {
  if (!text) return [];
  if (NO_SPACES.test(text)) return terms(text, lang);
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = normalizeTerm(m[0]);
    if (t.length < 2 || STOP_WORDS.has(t)) continue;
    out.push(t);
  }
  return out;
}
