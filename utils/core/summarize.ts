/**
 * Extractive multi-document summarisation. A sentence is worth the *concepts* (word pairs) it
 * covers that several documents share — a pair four outlets repeat is the story, a pair one
 * outlet uses is colour — plus its closeness to the centroid of all documents. Sentences are
 * picked greedily by new concept weight per word (a knapsack approximation), so nothing is said
 * twice. Concepts the reader already saw (`previous`) count for little: an update summary tells
 * what is new.
 */
import { trimLead } from './lift';
import { normalizeTerm, splitSentences, STOP_WORDS, words } from './text';
import { centroid, cosine, documentFrequencies, idfOf, weigh, type Vector } from './tfidf';

const SEGMENTED = /^(zh|ja|th|lo|km|my)/;
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Word tokens: a regex where spaces separate words (fast), Intl.Segmenter where they do not. */
function tokensOf(text: string, lang: string): string[] {
  return SEGMENTED.test(lang) ? words(text, lang) : (text.match(TOKEN) ?? []);
}

function tfOf(parts: { text: string; weight: number }[], lang: string): Vector {
  const tf: Vector = new Map();
  for (const { text, weight } of parts) {
    for (const w of tokensOf(text, lang)) {
      const t = normalizeTerm(w);
      if (t.length < 2 || STOP_WORDS.has(t)) continue;
      tf.set(t, (tf.get(t) ?? 0) + weight);
    }
  }
  return tf;
}

export interface SourceDoc {
  id: string;
  title: string;
  /** Plain text, paragraphs separated by blank lines (a snippet is fine). */
  text: string;
  published?: string | null;
  /** Weight of this document (the reader's article may count more). */
  weight?: number;
}

export interface PickedSentence {
  /** The sentence as lifted (see trimLead). */
  text: string;
  docId: string;
  /** Position of the sentence in its document (0 is the title). */
  index: number;
  score: number;
}

export interface SummaryOptions {
  maxSentences: number;
  maxWords: number;
  /** Keep picking until at least this many words (a longer summary, most important first). */
  minWords?: number;
  lang?: string;
  /** Documents the reader already saw: what they say is not news. */
  previous?: SourceDoc[];
  /** The story's headline or topic, if known: its words are what the reader asked about. */
  topic?: string;
  /** Sentences that may not be picked (already used elsewhere). */
  exclude?: Set<string>;
}

export interface Unit {
  text: string;
  docId: string;
  index: number;
  words: number;
  vec: Vector;
  concepts: string[];
}

const BOILERPLATE = /^(read more|related|advertisement|sign up|subscribe|click here|share this|follow us|photo:|image:|©|copyright)/i;
const PRONOUN_OPENER = /^(he|she|it|they|this|these|those|his|her|its|their|that|such|both)\b/i;

/** Sentences worth lifting, with their document and position; the title is position 0. */
export function candidateSentences(docs: SourceDoc[], lang = 'en') {
  const units: Omit<Unit, 'vec' | 'concepts'>[] = [];
  for (const d of docs) {
    splitSentences(d.text, lang).forEach((raw, i) => {
      const text = trimLead(raw);
      const n = tokensOf(text, lang).length;
      if (n < 6 || n > 55 || BOILERPLATE.test(text) || /[:]$/.test(text) || !/[.!?"”’)]$/.test(text)) return;
      if (/^["“]/.test(text) && !/["”]/.test(text.slice(1))) return; // a quote cut in half
      if ((text.match(/["“”]/g) ?? []).length % 2 === 1) return; // a quote that opens or closes elsewhere
      if (/\?$/.test(text)) return;
      units.push({ text, docId: d.id, index: i + 1, words: n });
    });
  }
  return units;
}

/** Word pairs of normalised tokens, skipping pairs of two stop words: the unit of content. */
export function conceptsOf(text: string, lang = 'en'): string[] {
  const toks = tokensOf(text, lang).map((w) => normalizeTerm(w));
  const out = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (STOP_WORDS.has(toks[i]) && STOP_WORDS.has(toks[i + 1])) continue;
    out.add(`${toks[i]} ${toks[i + 1]}`);
  }
  for (const t of toks) if (!STOP_WORDS.has(t) && t.length > 2) out.add(t);
  return [...out];
}

/** The weights of the scoring, tuned on DUC 2007's update task (see tests/bench/README-summarize.md). */
export const WEIGHTS = { unigram: 0.25, seen: 0.6, title: 1, topic: 2, lead: 0.15, lead3: 0.07, centrality: 12, lengthExp: 1, quote: -0.08, dangling: -0.1, minDf: 2 };

export interface ScoredPool {
  units: Unit[];
  relevance: number[];
  conceptWeight: Map<string, number>;
  center: Vector;
}

/** Every candidate sentence with its relevance, and the weight of every concept. */
export function scorePool(docs: SourceDoc[], options: Pick<SummaryOptions, 'lang' | 'previous' | 'topic'> = {}): ScoredPool {
  const lang = options.lang ?? 'en';
  const raw = candidateSentences(docs, lang);
  const tfs = raw.map((u) => tfOf([{ text: u.text, weight: 1 }], lang));
  const docTfs = docs.map((d) => tfOf([{ text: d.title, weight: 2 }, { text: d.text, weight: 1 }], lang));
  const idf = idfOf(documentFrequencies([...tfs, ...docTfs]), tfs.length + docTfs.length);
  const docVecs = docTfs.map((tf) => weigh(tf, idf));
  const weighted: Vector[] = [];
  docs.forEach((d, i) => {
    for (let k = 0; k < Math.max(1, Math.round(d.weight ?? 1)); k++) weighted.push(docVecs[i]);
  });
  const center = centroid(weighted);

  // Concept weight: in how many documents (and titles) it occurs; one-document concepts are noise
  // when there are several documents.
  const df = new Map<string, number>();
  docs.forEach((d) => {
    const seen = new Set([...conceptsOf(d.text, lang), ...conceptsOf(d.title, lang)]);
    for (const c of seen) df.set(c, (df.get(c) ?? 0) + (d.weight ?? 1));
  });
  const titles = new Set(docs.flatMap((d) => conceptsOf(d.title, lang)));
  const topic = new Set(options.topic ? conceptsOf(options.topic, lang) : []);
  const seenBefore = new Set((options.previous ?? []).flatMap((d) => [...conceptsOf(d.text, lang), ...conceptsOf(d.title, lang)]));
  const minDf = docs.length >= 3 ? WEIGHTS.minDf : 1;
  const conceptWeight = new Map<string, number>();
  for (const [c, n] of df) {
    if (n < minDf) continue;
    let w = n + (titles.has(c) ? WEIGHTS.title : 0) + (topic.has(c) ? WEIGHTS.topic : 0);
    if (!c.includes(' ')) w *= WEIGHTS.unigram; // single words count, but less than pairs
    if (seenBefore.has(c)) w *= WEIGHTS.seen;
    conceptWeight.set(c, w);
  }

  const units: Unit[] = raw.map((u, i) => ({ ...u, vec: weigh(tfs[i], idf), concepts: conceptsOf(u.text, lang) }));
  const relevance = units.map((u) => {
    const central = cosine(u.vec, center);
    const lead = u.index <= 1 ? WEIGHTS.lead : u.index <= 3 ? WEIGHTS.lead3 : 0;
    const quote = /["“”]/.test(u.text) ? WEIGHTS.quote : 0;
    const dangling = PRONOUN_OPENER.test(u.text) ? WEIGHTS.dangling : 0;
    return central + lead + quote + dangling;
  });
  return { units, relevance, conceptWeight, center };
}

/** Pick sentences greedily by the weight of the concepts they add per word. */
export function pickFromPool(pool: ScoredPool, options: SummaryOptions): PickedSentence[] {
  const { units, relevance, conceptWeight } = pool;
  const covered = new Set<string>();
  const picked: number[] = [];
  const minWords = options.minWords ?? 0;
  let total = 0;
  const maxTotal = Math.max(options.maxWords, minWords);
  const texts = new Set<string>();
  for (;;) {
    if (picked.length >= options.maxSentences && total >= minWords) break;
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (picked.includes(i) || texts.has(u.text) || options.exclude?.has(u.text)) continue;
      if (total >= minWords && total + u.words > maxTotal * 1.15 && picked.length) continue;
      let gain = 0;
      for (const c of u.concepts) if (!covered.has(c)) gain += conceptWeight.get(c) ?? 0;
      const redundancy = picked.length ? Math.max(...picked.map((p) => cosine(u.vec, units[p].vec))) : 0;
      if (redundancy > 0.5) continue;
      const s = gain / Math.pow(u.words, WEIGHTS.lengthExp) + WEIGHTS.centrality * relevance[i];
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
    texts.add(units[best].text);
    for (const c of units[best].concepts) covered.add(c);
    total += units[best].words;
    if (total >= maxTotal) break;
  }
  return picked.map((i) => ({ text: units[i].text, docId: units[i].docId, index: units[i].index, score: relevance[i] }));
}

export function summarize(docs: SourceDoc[], options: SummaryOptions): PickedSentence[] {
  return pickFromPool(scorePool(docs, options), options);
}
