/** Text primitives: sentences and paragraphs (locale-aware through Intl.Segmenter); words through tokens.ts. */

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string) {
  let s = sentenceSegmenters.get(lang);
  if (!s) sentenceSegmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** Titles written short before a name ("Sens.", "Capt."), as a regex alternation: a full stop after one ends no sentence, and no phrase ends in one. */
export const SHORT_TITLES = 'Mr|Mrs|Ms|Messrs|Dr|Prof|Sens?|Reps?|Govs?|Gens?|Col|Lt|Capt|Cmdr|Adm|Maj|Sgt|Cpl|Pvt|Rev|Msgr|Hon|Atty|Supt|Det|Insp';

/** Abbreviations after which a full stop does not end a sentence (Intl.Segmenter splits there). */
const ABBREVIATIONS = new RegExp(`(?:\\b(?:${SHORT_TITLES}|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|approx|U\\.S|U\\.K|E\\.U|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\\b[A-Z])\\.$`);

/**
 * Unicode's sentence terminators, the semicolon (Greek's question mark, a terminator in ICU's Greek
 * rules) and NEL (a paragraph separator the whitespace rule keeps). UAX #29 breaks only after them:
 * a paragraph with none but in its final run of terminators and closing marks is one sentence, and
 * the segmenter need not be asked (most texts split here are a sentence already). The final run is
 * scanned from the end by hand: a regex anchored at the end takes quadratic time on a long run.
 */
const TERMINATOR = /[\p{Sentence_Terminal};\u037e\u0085]/u;
const CLOSING = /[\p{Sentence_Terminal};\u037e\p{Pe}\p{Pf}"']/u;

function oneSentence(flat: string): boolean {
  let end = flat.length;
  while (end > 0 && CLOSING.test(flat[end - 1]!)) end--;
  return !TERMINATOR.test(end === flat.length ? flat : flat.slice(0, end));
}

export function splitSentences(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n+/)) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    if (oneSentence(flat)) {
      if (flat) out.push(flat);
      continue;
    }
    let pending = '';
    for (const { segment } of segmenter(lang).segment(flat)) {
      pending += segment;
      if (ABBREVIATIONS.test(pending.trimEnd())) continue;
      const s = pending.trim();
      if (s) out.push(s);
      pending = '';
    }
    if (pending.trim()) out.push(pending.trim());
  }
  return out;
}

export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * Words, terms, stop words and their normalisation live in tokens.ts (the one tokeniser); they
 * are named here too, where most of the code has always imported them from.
 */
export { normalizeTerm, STOP_WORDS, terms } from './tokens';
