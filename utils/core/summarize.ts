/**
 * Extractive multi-document summarisation. A sentence is worth the *concepts* (word pairs) it
 * covers that several documents share — a pair four outlets repeat is the story, a pair one
 * outlet uses is colour — plus its closeness to the centroid of all documents. Sentences are
 * picked greedily by new concept weight per word (a knapsack approximation), so nothing is said
 * twice. Concepts the reader already saw (`previous`) count for little, and a sentence that repeats
 * one the reader already read is never picked: an update summary tells what is new.
 */
import { memo } from './memo';
import { trimLead } from './lift';
import { splitSentences } from './text';
import { normalizeTerm, STOP_WORDS, tokens } from './tokens';
import { centroid, cosine, documentFrequencies, idfOf, weigh, type Vector } from './tfidf';

/** Word tokens, hyphenated and dotted words whole ("long-term", "U.S"): the `joined` rule of tokens.ts. */
function tokensOf(text: string, lang: string): string[] {
  return tokens(text, { lang, rule: 'joined' });
}

/** normalizeTerm, remembered: the same few thousand words recur in every sentence. */
export const norm = memo(normalizeTerm);

function addTf(tf: Vector, norms: string[], weight: number) {
  for (const t of norms) {
    if (t.length < 2 || STOP_WORDS.has(t)) continue;
    tf.set(t, (tf.get(t) ?? 0) + weight);
  }
}

function tfOf(norms: string[]): Vector {
  const tf: Vector = new Map();
  addTf(tf, norms, 1);
  return tf;
}

const CLOCK_END = /\b[ap]\.m\.$/i;
const CLOCK_TAIL = /^(?:\(|(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/;

/**
 * The splitter takes the "a.m." of "at 3:02 a.m. (0002 GMT) on Tuesday" for a sentence's end; a
 * piece that opens with what follows a clock time (a time zone, "(0002 GMT)", a weekday) is put
 * back on the piece before, so neither half is ever shown as a sentence.
 */
function mendClockTimes(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const before = out.at(-1);
    if (before !== undefined && CLOCK_END.test(before) && CLOCK_TAIL.test(s)) out[out.length - 1] = `${before} ${s}`;
    else out.push(s);
  }
  return out;
}

/** A document's sentences, split once and tokenised once; every pass below reads these. */
const splitCache = new Map<string, string[]>();
export function sentencesOf(text: string, lang = 'en'): string[] {
  const key = `${lang}\u0000${text}`;
  let s = splitCache.get(key);
  if (!s) {
    if (splitCache.size > 256) splitCache.delete(splitCache.keys().next().value as string);
    s = mendClockTimes(splitSentences(text, lang));
    splitCache.set(key, s);
  }
  return s;
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
  /**
   * Keep picking until at least this many words (a longer summary, most important first),
   * preferring sentences that keep the total within 15% of max(maxWords, minWords); only when none
   * left fits is a longer one taken.
   */
  minWords?: number;
  lang?: string;
  /** Documents the reader already saw: what they say is not news. */
  previous?: SourceDoc[];
  /** The story's headline or topic, if known: its words are what the reader asked about. */
  topic?: string;
  /** Sentences that may not be picked (already used elsewhere). */
  exclude?: Set<string>;
  /** At most this many sentences from one document (a summary across the coverage, not of one article). */
  maxPerDoc?: number;
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
/**
 * Lines a reader should never get as a summary sentence, whatever they cover: raw markup (an
 * unresolved entity such as "&AMP;" or a typesetting code), a line led by a label (a transcript's
 * "Q:" or "SUU KYI:", a fact box's "THE PLOT:", a timeline's "1939:"), an aside in parentheses
 * (an editor's note, or the tail of a clock time the splitter cut: "(0730 GMT) from …"), a clock
 * time's cut tail ("EST Saturday, …"), a credit line ("X writes for the Y.") and a bare gloss
 * ("Myanmar is also known as Burma.").
 */
const JUNK =
  /&[A-Za-z]+;|&#\d+;|^[\p{Lu}\d][\p{Lu}\d .'’-]{0,30}:\s|^\(|^(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC)\b|\b(?:writes|reports) for (?:the )?\p{Lu}|^[^,]{1,40} (?:is|are|was|were) also (?:known as|called) [^,]{1,40}\.$/u;
const PRONOUN_OPENER = /^(he|she|it|they|this|these|those|his|her|its|their|that|such|both)\b/i;

interface RawUnit {
  text: string;
  docId: string;
  index: number;
  words: number;
  /** Normalised tokens of the (lifted) text, and its concepts when already known. */
  norms: string[];
  concepts?: string[];
  /** Term frequencies of `norms`. */
  tf: Vector;
}

/** A sentence worth lifting as it stands alone (see trimLead), with its normalised tokens; else null. */
function candidate(raw: string, rawNorms: string[], lang: string): { text: string; norms: string[] } | null {
  const text = trimLead(raw);
  const norms = text === raw ? rawNorms : tokensOf(text, lang).map(norm);
  const n = norms.length;
  if (n < 6 || n > 55 || BOILERPLATE.test(text) || JUNK.test(text) || /[:]$/.test(text) || !/[.!?"”’)]$/.test(text)) return null;
  if (/^["“]/.test(text) && !/["”]/.test(text.slice(1))) return null; // a quote cut in half
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1) return null; // a quote that opens or closes elsewhere
  if (/\?$/.test(text)) return null;
  return { text, norms };
}

/** Sentences worth lifting, with their document and position; the title is position 0. */
export function candidateSentences(docs: SourceDoc[], lang = 'en') {
  const units: Omit<Unit, 'vec' | 'concepts'>[] = [];
  for (const d of docs) {
    sentencesOf(d.text, lang).forEach((raw, i) => {
      const c = candidate(raw, tokensOf(raw, lang).map(norm), lang);
      if (c) units.push({ text: c.text, docId: d.id, index: i + 1, words: c.norms.length });
    });
  }
  return units;
}

/** Word pairs of normalised tokens, skipping pairs of two stop words, then content words: the units of content. */
function conceptsFromNorms(toks: string[]): string[] {
  const out = new Set<string>();
  let before: string | undefined;
  for (const t of toks) {
    if (before !== undefined && !(STOP_WORDS.has(before) && STOP_WORDS.has(t))) out.add(`${before} ${t}`);
    before = t;
  }
  for (const t of toks) if (!STOP_WORDS.has(t) && t.length > 2) out.add(t);
  return [...out];
}

/** Word pairs of normalised tokens, skipping pairs of two stop words: the unit of content. */
export function conceptsOf(text: string, lang = 'en'): string[] {
  return conceptsFromNorms(tokensOf(text, lang).map(norm));
}

/**
 * The weights of the scoring, tuned on DUC 2007's update task (see tests/bench/README-summarize.md).
 * `dfExp` (concept weight grows as document frequency to this power) was chosen on the odd-numbered
 * topics and checked on the even ones, where it also helped; `redundancy` (cosine above which a
 * sentence repeats one picked) and `position` (a 1/√position prior) were tried and left neutral.
 * With 30 clusters, differences under about 0.005 ROUGE-2 are noise.
 */
export const WEIGHTS = { unigram: 0.25, seen: 0.6, title: 1, topic: 2, lead: 0.15, lead3: 0.07, centrality: 12, lengthExp: 1, quote: -0.08, dangling: -0.1, minDf: 2, redundancy: 0.5, dfExp: 1.5, position: 0 };

export interface ScoredPool {
  units: Unit[];
  relevance: number[];
  conceptWeight: Map<string, number>;
  center: Vector;
  /** Each document's sentences (as split, before lifting), in the order of the documents. */
  docSentences: string[][];
  /**
   * Per unit, its highest cosine to any sentence of the `previous` documents (0 without them): above
   * `WEIGHTS.redundancy` the reader already read it, and pickFromPool passes it over.
   */
  readBefore: Float64Array;
}

/** Every candidate sentence with its relevance, and the weight of every concept. */
export function scorePool(docs: SourceDoc[], options: Pick<SummaryOptions, 'lang' | 'previous' | 'topic'> = {}): ScoredPool {
  const lang = options.lang ?? 'en';
  // One pass over every document: split once, tokenise once; the document's term vector, its
  // concepts and its candidate sentences all come from the same tokens.
  const raw: RawUnit[] = [];
  const docTfs: { doc: SourceDoc; tf: Vector }[] = [];
  const docSentences: string[][] = [];
  // Concept weight: in how many documents (and titles) it occurs; one-document concepts are noise
  // when there are several documents.
  const df = new Map<string, number>();
  const titles = new Set<string>();
  for (const d of docs) {
    const sentences = sentencesOf(d.text, lang);
    docSentences.push(sentences);
    const titleNorms = tokensOf(d.title, lang).map(norm);
    const titleConcepts = conceptsFromNorms(titleNorms);
    const tf: Vector = new Map();
    addTf(tf, titleNorms, 2);
    // The document's concepts are its sentences' plus the word pairs that span two sentences.
    const docConcepts = new Set(titleConcepts);
    let last = '';
    sentences.forEach((s, i) => {
      const norms = tokensOf(s, lang).map(norm);
      addTf(tf, norms, 1);
      const concepts = conceptsFromNorms(norms);
      for (const c of concepts) docConcepts.add(c);
      const first = norms[0];
      if (last && first !== undefined && !(STOP_WORDS.has(last) && STOP_WORDS.has(first))) docConcepts.add(`${last} ${first}`);
      last = norms.at(-1) ?? last;
      const c = candidate(s, norms, lang);
      if (c) raw.push({ text: c.text, docId: d.id, index: i + 1, words: c.norms.length, norms: c.norms, concepts: c.norms === norms ? concepts : undefined, tf: tfOf(c.norms) });
    });
    docTfs.push({ doc: d, tf });
    for (const c of titleConcepts) titles.add(c);
    for (const c of docConcepts) df.set(c, (df.get(c) ?? 0) + (d.weight ?? 1));
  }
  const idf = idfOf(documentFrequencies([...raw.map((u) => u.tf), ...docTfs.map((d) => d.tf)]), raw.length + docTfs.length);
  const weighted: Vector[] = [];
  for (const { doc, tf } of docTfs) {
    const vec = weigh(tf, idf);
    for (let k = 0; k < Math.max(1, Math.round(doc.weight ?? 1)); k++) weighted.push(vec);
  }
  const center = centroid(weighted);

  const topic = new Set(options.topic ? conceptsOf(options.topic, lang) : []);
  const seenBefore = new Set((options.previous ?? []).flatMap((d) => [...conceptsOf(d.text, lang), ...conceptsOf(d.title, lang)]));
  const minDf = docs.length >= 3 ? WEIGHTS.minDf : 1;
  const conceptWeight = new Map<string, number>();
  for (const [c, n] of df) {
    if (n < minDf) continue;
    let w = Math.pow(n, WEIGHTS.dfExp) + (titles.has(c) ? WEIGHTS.title : 0) + (topic.has(c) ? WEIGHTS.topic : 0);
    if (!c.includes(' ')) w *= WEIGHTS.unigram; // single words count, but less than pairs
    if (seenBefore.has(c)) w *= WEIGHTS.seen;
    conceptWeight.set(c, w);
  }

  const units: Unit[] = raw.map((u) => ({ text: u.text, docId: u.docId, index: u.index, words: u.words, vec: weigh(u.tf, idf), concepts: u.concepts ?? conceptsFromNorms(u.norms) }));
  const readBefore = new Float64Array(units.length);
  if (options.previous?.length) {
    // Each sentence the reader already read, as a vector in this pool's terms, indexed by term: a
    // unit's cosine to every read sentence is summed over the postings of its own terms only.
    const postings = new Map<string, { sentence: number; w: number }[]>();
    let read = 0;
    for (const d of options.previous) {
      for (const s of sentencesOf(d.text, lang)) {
        const tf: Vector = new Map();
        addTf(tf, tokensOf(s, lang).map(norm), 1);
        if (!tf.size) continue;
        for (const [t, w] of weigh(tf, idf)) {
          const list = postings.get(t);
          if (list) list.push({ sentence: read, w });
          else postings.set(t, [{ sentence: read, w }]);
        }
        read++;
      }
    }
    const dot = new Float64Array(read);
    units.forEach((u, i) => {
      dot.fill(0);
      for (const [t, w] of u.vec) {
        for (const p of postings.get(t) ?? []) {
          const d = dot[p.sentence];
          if (d === undefined) throw new RangeError(`read sentence ${p.sentence} of ${read}`);
          dot[p.sentence] = d + w * p.w;
        }
      }
      let best = 0;
      for (const x of dot) if (x > best) best = x;
      readBefore[i] = best;
    });
  }
  const relevance = units.map((u) => {
    const central = cosine(u.vec, center);
    const lead = (u.index <= 1 ? WEIGHTS.lead : u.index <= 3 ? WEIGHTS.lead3 : 0) + WEIGHTS.position / Math.sqrt(u.index);
    const quote = /["“”]/.test(u.text) ? WEIGHTS.quote : 0;
    const dangling = PRONOUN_OPENER.test(u.text) ? WEIGHTS.dangling : 0;
    return central + lead + quote + dangling;
  });
  return { units, relevance, conceptWeight, center, docSentences, readBefore };
}

/** A max-heap of sentence indices by (score, then lower index): the order the greedy scan picks in. */
class Heap {
  private items: number[] = [];
  constructor(private bound: Float64Array) {}
  private before(a: number, b: number) {
    const x = this.bound[a];
    const y = this.bound[b];
    if (x === undefined || y === undefined) throw new RangeError(`no bound for sentence ${x === undefined ? a : b}`);
    return x > y || (x === y && a < b);
  }
  get size() {
    return this.items.length;
  }
  push(i: number) {
    const h = this.items;
    // Sift up: parents that come after `i` move down into the hole, then `i` fills it.
    let k = h.length;
    h.push(i);
    while (k > 0) {
      const p = (k - 1) >> 1;
      const parent = h[p];
      if (parent === undefined) throw new RangeError(`heap slot ${p} of ${h.length} empty`);
      if (!this.before(i, parent)) break;
      h[k] = parent;
      k = p;
    }
    h[k] = i;
  }
  pop(): number {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined) throw new RangeError('pop from an empty heap');
    if (h.length) {
      // Sift `last` down from the root: the child that comes first moves up into the hole.
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        // Past the end of the heap a child is undefined: there is none.
        const left = h[l];
        const right = h[r];
        let m = k;
        let first = last;
        if (left !== undefined && this.before(left, first)) {
          m = l;
          first = left;
        }
        if (right !== undefined && this.before(right, first)) {
          m = r;
          first = right;
        }
        if (m === k) break;
        h[k] = first;
        k = m;
      }
      h[k] = last;
    }
    return top;
  }
}

/**
 * Pick sentences greedily by the weight of the concepts they add per word, plus centrality.
 * A sentence's score can only fall as concepts get covered, so the greedy scan is done lazily
 * (a heap of stale upper bounds, re-scored only when they reach the top): the same picks as
 * re-scoring every sentence each round, in a fraction of the time.
 */
export function pickFromPool(pool: ScoredPool, options: SummaryOptions): PickedSentence[] {
  const { units, relevance, conceptWeight, readBefore } = pool;
  const covered = new Set<string>();
  const picked: number[] = [];
  const minWords = options.minWords ?? 0;
  let total = 0;
  const maxTotal = Math.max(options.maxWords, minWords);
  const texts = new Set<string>();
  const perDoc = new Map<string, number>();
  /** Passed over for running past the budget or for being read before: the fallback when nothing else is left. */
  const spare: number[] = [];
  /** Sentence `i` of the pool: every index here comes from the pool, so one out of range is a bug. */
  const unit = (i: number): Unit => {
    const u = units[i];
    if (u === undefined) throw new RangeError(`no sentence ${i} in a pool of ${units.length}`);
    return u;
  };
  const score = (i: number) => {
    const u = unit(i);
    let gain = 0;
    for (const c of u.concepts) if (!covered.has(c)) gain += conceptWeight.get(c) ?? 0;
    const r = relevance[i];
    if (r === undefined) throw new RangeError(`no relevance for sentence ${i} in a pool of ${units.length}`);
    return gain / Math.pow(u.words, WEIGHTS.lengthExp) + WEIGHTS.centrality * r;
  };
  const bound = new Float64Array(units.length);
  const fresh = new Int32Array(units.length).fill(-1);
  const heap = new Heap(bound);
  for (const [i, u] of units.entries()) {
    if (options.exclude?.has(u.text)) continue;
    // What the reader already read is treated as already said: the same cut as between two picks.
    if ((readBefore[i] ?? 0) > WEIGHTS.redundancy) {
      spare.push(i);
      continue;
    }
    bound[i] = score(i);
    fresh[i] = 0;
    heap.push(i);
  }
  for (let round = 0; ; round++) {
    if (picked.length >= options.maxSentences && total >= minWords) break;
    let best = -1;
    while (heap.size) {
      const i = heap.pop();
      const u = unit(i);
      // Every reason to pass a sentence over only grows with what is picked: dropped for good.
      if (texts.has(u.text)) continue;
      if (options.maxPerDoc && (perDoc.get(u.docId) ?? 0) >= options.maxPerDoc) continue;
      // A sentence that would run well past the budget is not taken, with or without minWords:
      // a summary asked for 100 words ends on a whole sentence by 115, not on whatever long
      // sentence scored best last (a reader, or a scorer, stops near the budget).
      if (total + u.words > maxTotal * 1.15 && picked.length) {
        spare.push(i);
        continue;
      }
      if (fresh[i] === round) {
        best = i;
        break;
      }
      let redundancy = 0;
      for (const p of picked) redundancy = Math.max(redundancy, cosine(u.vec, unit(p).vec));
      if (redundancy > WEIGHTS.redundancy) continue;
      bound[i] = score(i);
      fresh[i] = round;
      heap.push(i);
    }
    if (best < 0) break;
    const u = unit(best);
    picked.push(best);
    texts.add(u.text);
    perDoc.set(u.docId, (perDoc.get(u.docId) ?? 0) + 1);
    for (const c of u.concepts) covered.add(c);
    total += u.words;
    if (total >= maxTotal) break;
  }
  // "At least minWords" holds even when no sentence left fits the slack or is new to the reader:
  // the best remaining one that repeats no pick is taken, however long.
  while (total < minWords && spare.length) {
    const left = spare.filter((i) => {
      const u = unit(i);
      return !texts.has(u.text) && picked.every((p) => cosine(u.vec, unit(p).vec) <= WEIGHTS.redundancy);
    });
    if (!left.length) break;
    const best = left.reduce((a, b) => (score(b) > score(a) ? b : a));
    const u = unit(best);
    picked.push(best);
    texts.add(u.text);
    for (const c of u.concepts) covered.add(c);
    total += u.words;
  }
  return picked.map((i) => {
    const u = unit(i);
    const r = relevance[i];
    if (r === undefined) throw new RangeError(`no relevance for sentence ${i} in a pool of ${units.length}`);
    return { text: u.text, docId: u.docId, index: u.index, score: r };
  });
}

export function summarize(docs: SourceDoc[], options: SummaryOptions): PickedSentence[] {
  return pickFromPool(scorePool(docs, options), options);
}
