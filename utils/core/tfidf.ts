/**
 * The one TF-IDF: smoothed IDF, sublinear term frequency, unit length, cosine. Two shapes of the
 * same vectors: maps, for a small pool whose rarity also weighs texts outside it (the summariser's
 * sentences and the sentences the reader already read), and sparse arrays over one dictionary, for
 * pools of thousands (the clustering, cluster.ts, and one article's story decision, match.ts).
 */
import { terms } from './tokens';

/** Smoothed IDF of a term in `df` of `n` documents: never zero, highest for a term never seen. */
export function idf(n: number, df: number): number {
  return Math.log((n + 1) / (df + 1)) + 1;
}

/** A term's weight: sublinear in its frequency, so a word said ten times is not ten times the topic. */
function termWeight(f: number, rarity: number): number {
  return (1 + Math.log(f)) * rarity;
}

// ---- maps ---------------------------------------------------------------------------------

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

/** IDF of any term over documents already counted. */
export function idfOf(df: Map<string, number>, n: number) {
  return (t: string) => idf(n, df.get(t) ?? 0);
}

/** Unit TF-IDF vector of term frequencies. */
export function weigh(tf: Vector, rarity: (t: string) => number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = termWeight(f, rarity(t));
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Cosine of two unit vectors. */
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

// ---- sparse arrays over one dictionary -----------------------------------------------------

/**
 * An index past the end of a vector's arrays, or a term id past its dictionary: a bug in the code
 * that built the vectors, never a property of the data. The loops below check inline rather than
 * through a shared accessor, which would see every array type and slow the hot ones down.
 */
function outOfRange(i: number): RangeError {
  return new RangeError(`index ${i} out of range of its vector`);
}

/** A sparse vector as parallel arrays of term ids and weights (unit length). */
export interface Sparse {
  ids: Int32Array;
  w: Float64Array;
}

export interface VectorOptions {
  /** Exponent on IDF. */
  idfPow?: number;
  /** Terms in fewer items of the pool than this are dropped. */
  minDf?: number;
  /** Multiplies a term's IDF (names weigh more). */
  boost?: (t: string) => number;
  /**
   * Documents outside the pool that make term rarity meaningful, already counted (the local feed
   * index's word counts): how many, and in how many of them a term occurs.
   */
  background?: { n: number; df: (t: string) => number };
}

/** Unit TF-IDF vectors of term-count maps, over one dictionary. */
export function vectorsOf(tfs: Map<string, number>[], { idfPow = 1, minDf = 1, boost, background }: VectorOptions = {}): { vecs: Sparse[]; terms: number } {
  const dict = new Map<string, number>();
  const df: number[] = [];
  const raw = tfs.map((tf) => {
    const ids = new Int32Array(tf.size);
    const f = new Float64Array(tf.size);
    let i = 0;
    for (const [t, x] of tf) {
      let id = dict.get(t);
      if (id === undefined) {
        dict.set(t, (id = dict.size));
        df.push(1);
      } else df[id] = (df[id] ?? 0) + 1;
      ids[i] = id;
      f[i++] = x;
    }
    return { ids, w: f };
  });
  const n = tfs.length + (background?.n ?? 0);
  const rarity = new Float64Array(df.length);
  for (const [t, id] of dict) rarity[id] = idf(n, (df[id] ?? 0) + (background?.df(t) ?? 0)) ** idfPow * (boost ? boost(t) : 1);
  const vecs = raw.map((all) => {
    const { ids, w } = minDf > 1 ? common(all, df, minDf) : all;
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const f = w[i];
      if (id === undefined || f === undefined) throw outOfRange(i);
      const r = rarity[id];
      if (r === undefined) throw outOfRange(id);
      const x = termWeight(f, r);
      w[i] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < w.length; i++) {
      const x = w[i];
      if (x === undefined) throw outOfRange(i);
      w[i] = x / norm;
    }
    return { ids, w };
  });
  return { vecs, terms: dict.size };
}

/** The entries of a raw vector whose terms are in at least `minDf` items. */
function common(v: Sparse, df: number[], minDf: number): Sparse {
  let n = 0;
  for (const id of v.ids) if ((df[id] ?? 0) >= minDf) n++;
  const ids = new Int32Array(n);
  const w = new Float64Array(n);
  for (let i = 0, j = 0; i < v.ids.length; i++) {
    const id = v.ids[i];
    const x = v.w[i];
    if (id === undefined || x === undefined) throw outOfRange(i);
    if ((df[id] ?? 0) < minDf) continue;
    ids[j] = id;
    w[j++] = x;
  }
  return { ids, w };
}

/** Dot product (the cosine of unit vectors) of a sparse vector with another or with a dense one. */
export function dot(a: Sparse, b: Sparse | Float64Array): number {
  const { ids, w } = a;
  let s = 0;
  if (b instanceof Float64Array) {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const x = w[i];
      if (id === undefined || x === undefined) throw outOfRange(i);
      const y = b[id];
      if (y === undefined) throw outOfRange(id);
      s += x * y;
    }
    return s;
  }
  const m = new Map<number, number>();
  for (let i = 0; i < b.ids.length; i++) {
    const id = b.ids[i];
    const y = b.w[i];
    if (id === undefined || y === undefined) throw outOfRange(i);
    m.set(id, y);
  }
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const x = w[i];
    if (id === undefined || x === undefined) throw outOfRange(i);
    s += x * (m.get(id) ?? 0);
  }
  return s;
}
