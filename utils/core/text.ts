/** Text primitives: sentences and paragraphs (locale-aware through Intl.Segmenter); words through tokens.ts. */

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string) {
  let s = sentenceSegmenters.get(lang);
  if (!s) sentenceSegmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** Abbreviations after which a full stop does not end a sentence (Intl.Segmenter splits there). */
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|approx|U\.S|U\.K|E\.U|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z])\.$/;

export function splitSentences(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n+/)) {
    let pending = '';
    for (const { segment } of segmenter(lang).segment(paragraph.replace(/\s+/g, ' ').trim())) {
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
