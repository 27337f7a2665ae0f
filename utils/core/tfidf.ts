/** Sparse TF-IDF vectors and cosine similarity over a small pool of documents. */
import { terms } from './text';

export type Vector = Map<string, number>;

export function termFrequencies(parts: { text: string; weight: number }[], lang = 'en'): Vector {
  const tf: Vector = new Map();
  for (const { text, weight } of parts) {
    for (const t of terms(text, lang)) tf.set(t, (tf.get(t) ?? 0) + weight);
  }
  return tf;
}

export function documentFrequencies(docs: Vector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** Smoothed IDF; terms never seen get the highest weight. */
export function idfOf(df: Map<string, number>, n: number) {
  return (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
}

export function weigh(tf: Vector, idf: (t: string) => number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * idf(t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o) dot += w * o;
  }
  return dot;
}

export function centroid(vectors: Vector[]): Vector {
  const c: Vector = new Map();
  for (const v of vectors) for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w / vectors.length);
  return c;
}
