/**
 * Sparse unit TF-IDF vectors over one term dictionary: the vector space both the pool clustering
 * (cluster.ts, the CLI) and one article's story decision (match.ts, the extension) work in.
 */

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

/** Unit TF-IDF vectors (sublinear term frequency) of term-count maps, over one dictionary. */
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
        df.push(0);
      }
      df[id]++;
      ids[i] = id;
      f[i++] = x;
    }
    return { ids, w: f };
  });
  const n = tfs.length + (background?.n ?? 0);
  const idf = new Float64Array(df.length);
  for (const [t, id] of dict) {
    idf[id] = (Math.log((n + 1) / (df[id] + (background?.df(t) ?? 0) + 1)) + 1) ** idfPow * (boost ? boost(t) : 1);
  }
  const vecs = raw.map((all) => {
    const { ids, w } = minDf > 1 ? common(all, df, minDf) : all;
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      w[i] = (1 + Math.log(w[i])) * idf[ids[i]];
      norm += w[i] * w[i];
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < ids.length; i++) w[i] /= norm;
    return { ids, w };
  });
  return { vecs, terms: dict.size };
}

/** The entries of a raw vector whose terms are in at least `minDf` items. */
function common(v: Sparse, df: number[], minDf: number): Sparse {
  let n = 0;
  for (let i = 0; i < v.ids.length; i++) if (df[v.ids[i]] >= minDf) n++;
  const ids = new Int32Array(n);
  const w = new Float64Array(n);
  for (let i = 0, j = 0; i < v.ids.length; i++) {
    if (df[v.ids[i]] < minDf) continue;
    ids[j] = v.ids[i];
    w[j++] = v.w[i];
  }
  return { ids, w };
}

export function dot(a: Sparse, b: Sparse | Float64Array): number {
  let s = 0;
  if (b instanceof Float64Array) {
    for (let i = 0; i < a.ids.length; i++) s += a.w[i] * b[a.ids[i]];
    return s;
  }
  const m = new Map<number, number>();
  for (let i = 0; i < b.ids.length; i++) m.set(b.ids[i], b.w[i]);
  for (let i = 0; i < a.ids.length; i++) s += a.w[i] * (m.get(a.ids[i]) ?? 0);
  return s;
}
