/**
 * Extractive multi-document summarisation: pick the sentences closest to what all the documents
 * share (their centroid), favouring leads and sentences several sources support, without
 * repeating ourselves (maximal marginal relevance).
 */
import { splitSentences, words } from './text';
import { centroid, cosine, documentFrequencies, idfOf, termFrequencies, weigh, type Vector } from './tfidf';

export interface SourceDoc {
  id: string;
  title: string;
  /** Plain text, paragraphs separated by blank lines (a snippet is fine). */
  text: string;
  published?: string | null;
  /** Weight of this document in the centroid (the reader's article may count more). */
  weight?: number;
}

export interface PickedSentence {
  text: string;
  docId: string;
  /** Position of the sentence in its document. */
  index: number;
  score: number;
}

export interface SummaryOptions {
  maxSentences: number;
  maxWords: number;
  minWords?: number;
  lang?: string;
  /** Redundancy penalty, 0..1. */
  lambda?: number;
}

interface Unit {
  text: string;
  docId: string;
  index: number;
  vec: Vector;
  words: number;
}

const BOILERPLATE = /^(read more|related|advertisement|sign up|subscribe|click here|share this|follow us|photo:|image:|©)/i;

export function candidateSentences(docs: SourceDoc[], lang = 'en') {
  const units: Omit<Unit, 'vec'>[] = [];
  for (const d of docs) {
    splitSentences(d.text, lang).forEach((text, index) => {
      const n = words(text, lang).length;
      if (n < 6 || n > 60 || BOILERPLATE.test(text) || /[:]$/.test(text)) return;
      if (/^["“]/.test(text) && !/["”]/.test(text.slice(1))) return; // a quote cut in half
      units.push({ text, docId: d.id, index, words: n });
    });
  }
  return units;
}

export function summarize(docs: SourceDoc[], options: SummaryOptions): PickedSentence[] {
  const lang = options.lang ?? 'en';
  const lambda = options.lambda ?? 0.6;
  const raw = candidateSentences(docs, lang);
  if (!raw.length) return [];
  const tfs = raw.map((u) => termFrequencies([{ text: u.text, weight: 1 }], lang));
  const docTfs = docs.map((d) => termFrequencies([{ text: d.title, weight: 2 }, { text: d.text, weight: 1 }], lang));
  const idf = idfOf(documentFrequencies([...tfs, ...docTfs]), tfs.length + docTfs.length);
  const units: Unit[] = raw.map((u, i) => ({ ...u, vec: weigh(tfs[i], idf) }));
  const docVecs = docTfs.map((tf) => weigh(tf, idf));
  const weighted: Vector[] = [];
  docs.forEach((d, i) => {
    for (let k = 0; k < Math.max(1, Math.round(d.weight ?? 1)); k++) weighted.push(docVecs[i]);
  });
  const center = centroid(weighted);

  const relevance = units.map((u) => {
    const central = cosine(u.vec, center);
    const support = docVecs.filter((v, i) => docs[i].id !== u.docId && cosine(u.vec, v) > 0.12).length;
    const lead = u.index === 0 ? 0.12 : u.index < 3 ? 0.06 : 0;
    const quote = /["“”]/.test(u.text) ? -0.05 : 0;
    return central + 0.04 * Math.min(support, 4) + lead + quote;
  });

  const picked: number[] = [];
  let total = 0;
  while (picked.length < options.maxSentences) {
    let best = -1;
    let bestScore = -Infinity;
    units.forEach((u, i) => {
      if (picked.includes(i) || total + u.words > options.maxWords * 1.15) return;
      const redundancy = picked.length ? Math.max(...picked.map((p) => cosine(u.vec, units[p].vec))) : 0;
      const s = lambda * relevance[i] - (1 - lambda) * redundancy;
      if (redundancy < 0.5 && s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    if (best < 0) break;
    picked.push(best);
    total += units[best].words;
    if (total >= options.maxWords) break;
  }
  return picked.map((i) => ({ text: units[i].text, docId: units[i].docId, index: units[i].index, score: relevance[i] }));
}
