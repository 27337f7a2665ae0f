/** Text primitives: sentences, words, stop words. Locale-aware through Intl.Segmenter. */

const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'word' | 'sentence') {
  let s = cache.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity });
    cache.set(lang, s);
  }
  return s;
}

/** Abbreviations after which a full stop does not end a sentence (Intl.Segmenter splits there). */
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|approx|U\.S|U\.K|E\.U|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z])\.$/;

export function splitSentences(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n+/)) {
    let pending = '';
    for (const { segment } of segmenter(sentenceSegmenters, lang, 'sentence').segment(paragraph.replace(/\s+/g, ' ').trim())) {
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

/** Word tokens in their original case (numbers kept, punctuation dropped). */
export function words(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  for (const s of segmenter(wordSegmenters, lang, 'word').segment(text)) {
    if (s.isWordLike) out.push(s.segment);
  }
  return out;
}

export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say told according new one two three first last year years week weeks day days month months time per cent percent mr mrs ms dr also could may might must shall would us it's its we'll he's she's they're there's that's what's including include includes around across within without among amid since ago yet still even much many well back like get got make made take took set use used via told news report reported reports monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow`.split(
    /\s+/,
  ),
);

/** Light, language-neutral normalisation: lower case, strip possessives and a plural "s". */
export function normalizeTerm(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  if (w.length > 4 && /[^s]s$/.test(w) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Content terms of a text: normalised words without stop words or one-letter tokens. */
export function terms(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  for (const w of words(text, lang)) {
    const t = normalizeTerm(w);
    if (t.length < 2 || STOP_WORDS.has(t)) continue;
    out.push(t);
  }
  return out;
}
