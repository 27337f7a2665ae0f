/**
 * The one tokeniser: every word the core counts, compares or quotes is found here, by script.
 * Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) need a dictionary,
 * so a text holding any of them goes to Intl.Segmenter (ICU's dictionaries); every
 * other script (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, …) is read as runs of
 * letters and digits with their combining marks and joiners (ZWJ, ZWNJ) kept inside — never a
 * whitespace split. What keeps a word together across punctuation is the `rule` (see RULES).
 */

const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** A combining mark or an invisible format character (ZWJ, ZWNJ, soft hyphen, LRM): part of the word it sits in. ZWSP is a break. */
const MARK = String.raw`(?:(?!\u200B)[\p{M}\p{Cf}])`;
/** Hangul syllables: ICU reads a run of them as one word, never joined to Latin letters or digits ("MBC와" → "MBC", "와"). */
const HANGUL = String.raw`[\uAC00-\uD7A3]`;
/** Letters, and the Hebrew geresh ("׳"), which Unicode counts as one. */
const LETTER = String.raw`(?!${HANGUL})[\p{L}\p{Nl}\u05F3]`;
const DIGIT = String.raw`\p{Nd}`;
/** Connector punctuation ("_") and the narrow no-break space of "10 000": inside a word, never alone. */
const CONNECTOR = String.raw`[_\u202F\u203F\u2040\u2054\uFE33\uFE34\uFE4D-\uFE4F\uFF3F]`;
const HEBREW = String.raw`\p{Script=Hebrew}`;
/** Between two letters: "U.S", "don't", "S:t", "a·b" (Unicode's MidLetter and MidNumLet). */
const MID_LETTER = String.raw`[:.'\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A]`;
/** Between two digits: "1,000", "3.5" (MidNum and MidNumLet). */
const MID_NUMBER = String.raw`[,;.'\u037E\u0589\u060C\u060D\u066C\u07F8\u2018\u2019\u2024\u2044\uFE10\uFE14\uFE50\uFE52\uFE54\uFF07\uFF0C\uFF0E\uFF1B]`;

/**
 * Unicode's word boundaries (UAX #29) as ICU applies them to spaced scripts: what `terms()` got
 * from Intl.Segmenter word by word, found by one regular expression ten times faster, word for
 * word the same on every test corpus (tests/core/tokens.test.ts). Letters and digits join
 * ("3.5bn", "G7"); a letter joiner keeps "U.S" and "don't" whole, a number joiner "1,000";
 * Hebrew keeps its geresh and gershayim ("צה״ל"); a run of underscores (a dash in wire copy) is a
 * word, as ICU has it. The ICU is Node's (78): Chromium's own (156) does not join letters across
 * "." and ":" ("U", "S"), so the segmenter gave the extension other feed-index keys than the
 * benchmarks measured in Node; one expression now gives both the same words.
 */
const WORDS = new RegExp(
  `(?:${HANGUL}${MARK}*)+|(?:${LETTER}|${DIGIT}|${CONNECTOR}(?=${MARK}*(?:${LETTER}|${DIGIT}|${CONNECTOR})))${MARK}*` +
    `(?:(?:${LETTER}|${DIGIT}|${CONNECTOR})${MARK}*` +
    `|(?<=${LETTER}${MARK}*)${MID_LETTER}${MARK}*(?=${LETTER})` +
    `|(?<=${DIGIT}${MARK}*)${MID_NUMBER}${MARK}*(?=${DIGIT})` +
    `|(?<=${HEBREW}${MARK}*)"${MARK}*(?=${HEBREW})` +
    `|(?<=${HEBREW}${MARK}*)'${MARK}*)*`,
  'gu',
);

/**
 * The rules differ on purpose, each kept for what reads its words:
 * - `words`: Unicode's word boundaries (above). `terms()`: the feed index's keys and the query.
 * - `fast`: numbers keep their separators ("260,000"), letters only their apostrophes, so "U.S"
 *   falls apart. It is what the clustering and the same-story decision (`fastTerms`, `itemTf`)
 *   were tuned on, and the cheapest expression on the hot path (the candidates of a 50,000-item
 *   feed index); changing it would move every match figure.
 * - `joined`: also hyphens and full stops inside a word ("long-term", "U.S", "3.5"), as one
 *   token: the summariser's sentence length in words and its word pairs (`tokensOf`).
 * - `names`: case kept, inner hyphens, apostrophes and full stops ("Jae-myung", "O'Neill",
 *   "U.S"): runs of capitalised words read as names (entities.ts).
 * - `phrases`: as `names`, plus currency and per cent signs and thousands commas ("$5",
 *   "260,000", "2%"): key phrases quoted as the source wrote them (phrases.ts).
 * - `headline`: runs of letters and digits with inner apostrophes, and sentence punctuation as a
 *   token of its own: where a title's sentences start, so that names are told by their capitals
 *   mid-sentence (name-weight.ts).
 * - `slug`: letters and digits with nothing between them, so an id ("34igj") stays one piece that
 *   the reader of a link's path can drop whole (slugWords, pool-item.ts).
 */
export const RULES = {
  words: WORDS,
  fast: /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}\u200C\u200D]+(?:['’][\p{L}\p{M}\u200C\u200D]+)*/gu,
  joined: /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C\u200D]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C\u200D]*)*/gu,
  names: /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\u200C\u200D]|['’\-.](?=[\p{L}\p{N}]))*/gu,
  phrases: /[\p{L}\p{N}$€£%](?:[%\p{L}\p{N}\p{M}\u200C\u200D]|['’\-.,](?=[\p{L}\p{N}]))*/gu,
  headline: /[\p{L}\p{M}\p{N}\u200C\u200D]+(?:['’][\p{L}\p{M}\u200C\u200D]+)*|[.!?:;"“”|–—-]/gu,
  slug: /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C\u200D]*/gu,
} as const;
export type Rule = keyof typeof RULES;

const COMBINING = /\p{M}/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/** Whether a text holds a script written without spaces between words (its words need a dictionary). */
export function needsDictionary(text: string): boolean {
  return NO_SPACES.test(text);
}

/**
 * Words of a text in their original case, composed (NFC; numbers kept, punctuation dropped): Intl.Segmenter for
 * a text in a script without spaces — the whole text, so that a Latin word inside it is read as
 * ICU reads it, whatever the rule — otherwise the rule's regular expression.
 */
export function tokens(text: string, { lang = 'en', rule = 'words' }: { lang?: string; rule?: Rule } = {}): string[] {
  if (!text) return [];
  // "é" typed as e + U+0301 is the same word as the precomposed "é": composed first (NFC). Only
  // a text holding a combining mark can change, and the test is cheaper than composing every text.
  if (COMBINING.test(text)) text = text.normalize('NFC');
  const out: string[] = [];
  if (NO_SPACES.test(text)) {
    for (const s of segmenter(lang).segment(text)) if (s.isWordLike) out.push(s.segment);
    return out;
  }
  for (const m of text.matchAll(RULES[rule])) out.push(m[0]);
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

/** Normalised words without stop words or one-letter tokens. */
function contentTerms(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const t = normalizeTerm(w);
    if (t.length < 2 || STOP_WORDS.has(t)) continue;
    out.push(t);
  }
  return out;
}

/** Content terms of a text: normalised words without stop words or one-letter tokens. */
export function terms(text: string, lang = 'en'): string[] {
  return contentTerms(tokens(text, { lang }));
}

/** Content terms for pools of many short items: the `fast` rule (see RULES), the same normalisation and stop words. */
export function fastTerms(text: string, lang = 'en'): string[] {
  return contentTerms(tokens(text, { lang, rule: 'fast' }));
}
