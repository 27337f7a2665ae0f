/**
 * Figures in a sentence, normalised so that outlets' ways of writing one meet: "260,000 GPUs",
 * "260k processors" and "more than 260,000 chips" are the count 260,000; "$8bn" and "$8 billion"
 * the same money; "10 per cent" and "10%" the same share. Each figure keeps its hedge ("more
 * than", "about"), the noun it counts and the word that says what happened to it ("killed",
 * "missing"), so that two outlets' figures can be told apart as the same quantity given
 * differently, or as different quantities.
 */
import { normalizeTerm, STOP_WORDS } from './tokens';

export type FigureKind = 'count' | 'money' | 'percent';
/** `more`: at least the value ("more than", "over"); `less`: at most; `about`: near it; `exact`: as stated. */
export type Hedge = 'exact' | 'more' | 'less' | 'about';

export interface Figure {
  /** As written, hedge left out ("260,000", "$8bn", "10 per cent"). */
  raw: string;
  value: number;
  kind: FigureKind;
  /** Currency sign or code for money. */
  currency?: string;
  hedge: Hedge;
  /** Whether it was written in words ("three"): weaker evidence than digits. */
  word: boolean;
  /** The noun it counts, normalised ("gpu", "people"), when one follows it. */
  unit?: string;
  /** What it is a figure of: the event word nearest after it (before it when none follows), by class ("death"). */
  predicate?: string;
  /** The unit and event words as written ("people", "killed"): what a comparison shows. */
  unitText?: string;
  predicateText?: string;
  start: number;
}

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12 };
const HEDGES: [RegExp, Hedge][] = [
  [/(?:more than|over|upwards of|well over|in excess of|exceeding|above)\s+$/i, 'more'],
  [/(?:less than|fewer than|under|up to|nearly|almost|below)\s+$/i, 'less'],
  [/(?:about|around|roughly|some|approximately|an estimated|or so|nearly|close to)\s+$/i, 'about'],
];
/**
 * What happens to people and things in the news, by class: "killed", "dead" and "lives" are one
 * event, so "killed 66 people" and "left 188 people dead" give the same quantity.
 */
const EVENT_CLASSES: Record<string, string> = Object.fromEntries(
  Object.entries({
    death: 'killed kill kills killing dead died die dies death deaths toll lives life fatalities perished drowned',
    injury: 'injured injuries wounded hurt',
    missing: 'missing unaccounted',
    evacuation: 'evacuated evacuation displaced homeless fled moved',
    arrest: 'arrested detained charged',
  }).flatMap(([cls, words]) => words.split(' ').map((w) => [w, cls])),
);
/** The event classes a figure's predicate may be (the rest are the nearest content word). */
export const EVENTS = new Set(Object.values(EVENT_CLASSES));
const ANAPHORIC_UNITS = new Set(['others', 'more', 'other']);

const NUMBER = /(?<![\p{L}\d.,])([$€£¥]|US\$|A\$)?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(k|thousand|mn|m|million|bn|billion|tn|trillion)\b)?(\s?(?:%|per cent|percent))?|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen)\b(?:\s(thousand|million|billion|trillion)\b)?/giu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function wordsOf(text: string): { w: string; at: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0], at: m.index }));
}

function isContent(w: string): boolean {
  const t = normalizeTerm(w);
  return t.length > 2 && !STOP_WORDS.has(t) && !/^\d/.test(t) && !/^(?:least|most|than|about|over|some|around|roughly|nearly|almost|up|per|cent|percent|million|billion|trillion|thousand|bn|tn|mn)$/.test(t);
}

const classOf = (w: string) => EVENT_CLASSES[w.toLowerCase()] ?? normalizeTerm(w);

/** Every figure in a sentence, in order; years ("2025"), times and numbers inside names ("HBM4") are not figures. */
export function findFiguresIn(sentence: string): Figure[] {
  // The sentence's words, read only once it holds a number (most sentences do not).
  let words: { w: string; at: number }[] | undefined;
  const out: Figure[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const [all, cur, digits, scale, pct, word, wordScale] = m;
    const start = m.index + (all.length - all.trimStart().length);
    const end = m.index + all.length;
    let value: number;
    if (word) {
      if (/^\p{Lu}/u.test(word) && start === 0) continue;
      value = WORDS[word.toLowerCase()]! * (wordScale ? SCALE[wordScale.toLowerCase()]! : 1);
    } else {
      value = Number(digits!.replace(/,/g, ''));
      const after = sentence.slice(end, end + 6);
      // A year, a time, a date's day, a score or an ordinal is not a quantity of a thing.
      if (!cur && !scale && !pct && /^(1[89]|20)\d\d$/.test(digits!)) continue;
      if (/^\s?(?:a\.m|p\.m|am\b|pm\b|:\d|st\b|nd\b|rd\b|th\b|-\d)/i.test(after)) continue;
      if (/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$/i.test(sentence.slice(Math.max(0, start - 10), start))) continue;
      if (scale) value *= SCALE[scale.toLowerCase()]!;
    }
    const kind: FigureKind = pct ? 'percent' : cur || /^\s?(?:won|yen|euros?|dollars?|pounds?|yuan|pesos?)\b/i.test(sentence.slice(end, end + 8)) ? 'money' : 'count';
    const currency = cur ?? /^\s?(won|yen|euros?|dollars?|pounds?|yuan|pesos?)\b/i.exec(sentence.slice(end, end + 8))?.[1]?.toLowerCase().replace(/s$/, '');
    const before = sentence.slice(Math.max(0, start - 24), start);
    const hedge = HEDGES.find(([re]) => re.test(before))?.[1] ?? 'exact';
    words ??= wordsOf(sentence);
    const nextWords = words.filter((x) => x.at >= end).slice(0, 6);
    const prevWords = words.filter((x) => x.at < start).slice(-5);
    // The noun it counts: the first content word after it, skipping "of its"/"of the" and currency names.
    let unit: string | undefined;
    const firstAfter = nextWords.find((x) => !/^(?:of|its|the|their|his|her|won|yen|euros?|dollars?|pounds?|yuan|pesos?|per|cent|percent|k|thousand|million|billion|trillion|bn|tn|mn)$/i.test(x.w));
    if (firstAfter && ANAPHORIC_UNITS.has(firstAfter.w.toLowerCase())) unit = out.at(-1)?.unit;
    else if (firstAfter && isContent(firstAfter.w) && !EVENT_CLASSES[firstAfter.w.toLowerCase()]) unit = normalizeTerm(firstAfter.w);
    const unitText = unit && firstAfter && !ANAPHORIC_UNITS.has(firstAfter.w.toLowerCase()) ? firstAfter.w : out.at(-1)?.unitText;
    // What it is a figure of: an event word after it (up to the next figure), else before it.
    const nextFigureAt = sentence.slice(end).search(/\d/);
    const limit = nextFigureAt < 0 ? Infinity : end + nextFigureAt;
    const eventAfter = nextWords.slice(0, 4).find((x) => x.at < limit && EVENT_CLASSES[x.w.toLowerCase()]);
    const eventBefore = [...prevWords.slice(-4)].reverse().find((x) => EVENT_CLASSES[x.w.toLowerCase()] && !/\d/.test(sentence.slice(x.at, start)));
    const fallback = nextWords.slice(0, 4).find((x) => x.at < limit && isContent(x.w) && normalizeTerm(x.w) !== unit) ?? [...prevWords].reverse().find((x) => isContent(x.w));
    const predicateWord = eventAfter ?? eventBefore ?? fallback;
    out.push({
      raw: all.trim(),
      value,
      kind,
      ...(currency ? { currency: currency === 'US$' ? '$' : currency } : {}),
      hedge,
      word: Boolean(word),
      ...(unit ? { unit } : {}),
      ...(predicateWord ? { predicate: classOf(predicateWord.w), predicateText: predicateWord.w } : {}),
      ...(unit && unitText ? { unitText } : {}),
      start,
    });
  }
  return out;
}

/** The key two outlets' figures meet on: kind, currency and value ("count:260000"). */
export function figureKey(f: Figure): string {
  return `${f.kind}:${f.currency ?? ''}:${Number(f.value.toPrecision(6))}`;
}

function interval(f: Figure): [number, number] {
  const v = f.value;
  if (f.hedge === 'more') return [v, Infinity];
  if (f.hedge === 'less') return [0, v];
  if (f.hedge === 'about') return [v * 0.95, v * 1.05];
  return [v * 0.999, v * 1.001];
}

/** Whether two figures can both be right ("more than 10 trillion" and "10.1 trillion"). */
export function compatible(a: Figure, b: Figure): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1;
}

/** Whether two figures measure the same thing: same kind and currency, same noun counted, same event. */
export function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind || (a.currency ?? '') !== (b.currency ?? '') || a.word || b.word) return false;
  if (!a.predicate || a.predicate !== b.predicate) return false;
  if (a.kind === 'count') return a.unit !== undefined && a.unit === b.unit;
  return true;
}
