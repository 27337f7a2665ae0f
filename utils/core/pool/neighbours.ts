/**
 * Neighbours in a pool's vector space: the k nearest items of each (an inverted index, time
 * damping), pseudo-relevance feedback, second-order similarity and story centroids — the pieces
 * clusterPool (cluster.ts) builds its graph and its ranking from.
 */
import { timeFactor } from '../pool-item';
import type { Sparse } from '../tfidf';
import { daysApart } from '../time';

export interface Neighbours {
  idx: Int32Array[];
  sim: Float64Array[];
}

interface Postings {
  start: Int32Array;
  doc: Int32Array;
  w: Float64Array;
}

function postingsOf(vecs: Sparse[], terms: number): Postings {
  const start = new Int32Array(terms + 1);
  for (const v of vecs) for (let i = 0; i < v.ids.length; i++) start[v.ids[i] + 1]++;
  for (let t = 0; t < terms; t++) start[t + 1] += start[t];
  const fill = start.slice(0, terms);
  const doc = new Int32Array(start[terms]);
  const w = new Float64Array(start[terms]);
  vecs.forEach((v, d) => {
    for (let i = 0; i < v.ids.length; i++) {
      const p = fill[v.ids[i]]++;
      doc[p] = d;
      w[p] = v.w[i];
    }
  });
  return { start, doc, w };
}

function termCount(vecs: Sparse[]): number {
  let m = 0;
  for (const v of vecs) for (let i = 0; i < v.ids.length; i++) if (v.ids[i] >= m) m = v.ids[i] + 1;
  return m;
}

/**
 * The k best-scoring items for each query vector (dot product via an inverted index of `docs`),
 * time-damped, the query's own item excluded.
 */
export function nearestNeighbours(queries: Sparse[], k: number, dates: (number | null)[] = [], docs: Sparse[] = queries, timeScale = 0): Neighbours {
  const n = docs.length;
  const post = postingsOf(docs, Math.max(termCount(docs), termCount(queries)));
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const idx: Int32Array[] = [];
  const sim: Float64Array[] = [];
  for (let d = 0; d < queries.length; d++) {
    const v = queries[d];
    let nt = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const t = v.ids[i];
      if (t + 1 >= post.start.length) continue;
      const wi = v.w[i];
      for (let p = post.start[t]; p < post.start[t + 1]; p++) {
        const o = post.doc[p];
        if (o === d) continue;
        if (acc[o] === 0) touched[nt++] = o;
        acc[o] += wi * post.w[p];
      }
    }
    const scored: { o: number; s: number }[] = new Array(nt);
    for (let t = 0; t < nt; t++) {
      const o = touched[t];
      const days = daysApart(dates[d], dates[o]);
      let s = acc[o] * timeFactor(days);
      if (timeScale > 0 && days !== null) s *= Math.exp(-days / timeScale);
      scored[t] = { o, s };
      acc[o] = 0;
    }
    const top = topK(scored, k);
    idx.push(Int32Array.from(top, (x) => x.o));
    sim.push(Float64Array.from(top, (x) => x.s));
  }
  return { idx, sim };
}

/** The k best by score (ties by index), best first, without sorting the whole list. */
function topK(list: { o: number; s: number }[], k: number): { o: number; s: number }[] {
  const cmp = (a: { o: number; s: number }, b: { o: number; s: number }) => b.s - a.s || a.o - b.o;
  if (list.length <= 4 * k) return list.sort(cmp).slice(0, k);
  // threshold from a sample-free pass: keep a bounded pool and sort it when it grows
  let pool: { o: number; s: number }[] = [];
  let floor = -Infinity;
  for (const x of list) {
    if (x.s < floor) continue;
    pool.push(x);
    if (pool.length >= 4 * k) {
      pool = pool.sort(cmp).slice(0, k);
      floor = pool[k - 1].s;
    }
  }
  return pool.sort(cmp).slice(0, k);
}


/**
 * Pseudo-relevance feedback: each item's vector plus `beta` times the weighted centroid of its m
 * nearest neighbours, cut to its `keep` heaviest terms and made unit length again. A headline that
 * says "Pono" picks up "Neil Young" from the headlines around it.
 */
export function expand(vecs: Sparse[], nb: Neighbours, m: number, beta: number, keep: number, terms: number): Sparse[] {
  const acc = new Float64Array(terms);
  const touched: number[] = [];
  return vecs.map((v, i) => {
    const add = (u: Sparse, f: number) => {
      for (let t = 0; t < u.ids.length; t++) {
        const id = u.ids[t];
        if (acc[id] === 0) touched.push(id);
        acc[id] += f * u.w[t];
      }
    };
    add(v, 1);
    const count = Math.min(m, nb.idx[i].length);
    let total = 0;
    for (let t = 0; t < count; t++) total += Math.max(0, nb.sim[i][t]);
    if (total > 0) for (let t = 0; t < count; t++) add(vecs[nb.idx[i][t]], (beta * Math.max(0, nb.sim[i][t])) / total);
    let list = touched.map((id) => ({ o: id, s: acc[id] }));
    for (const id of touched) acc[id] = 0;
    touched.length = 0;
    if (list.length > keep) list = topK(list, keep);
    let norm = 0;
    for (const x of list) norm += x.s * x.s;
    norm = Math.sqrt(norm) || 1;
    return { ids: Int32Array.from(list, (x) => x.o), w: Float64Array.from(list, (x) => x.s / norm) };
  });
}

/**
 * Second-order similarity of i and j: cosine of their neighbour rows, each row including the item
 * itself at similarity 1. High when they sit in the same crowd even if they share no word.
 */
export function secondOrder(nb: Neighbours): (i: number, j: number) => number {
  const rows = nb.idx.map((ids, i) => {
    const m = new Map<number, number>([[i, 1]]);
    ids.forEach((o, t) => m.set(o, nb.sim[i][t]));
    let norm = 0;
    for (const x of m.values()) norm += x * x;
    return { m, norm: Math.sqrt(norm) };
  });
  return (i, j) => {
    const [a, b] = rows[i].m.size < rows[j].m.size ? [rows[i], rows[j]] : [rows[j], rows[i]];
    let dot = 0;
    for (const [o, x] of a.m) {
      const y = b.m.get(o);
      if (y) dot += x * y;
    }
    return dot / (a.norm * b.norm || 1);
  };
}

/** Cosine of the centroids of two groups of vectors. */
export function centroidCosine(vecs: Sparse[], a: number[], b: number[]): number {
  const sum = (group: number[]) => {
    const c = new Map<number, number>();
    for (const i of group) for (let t = 0; t < vecs[i].ids.length; t++) c.set(vecs[i].ids[t], (c.get(vecs[i].ids[t]) ?? 0) + vecs[i].w[t]);
    return c;
  };
  const [ca, cb] = [sum(a), sum(b)];
  let d = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of ca) {
    d += x * (cb.get(t) ?? 0);
    na += x * x;
  }
  for (const x of cb.values()) nb += x * x;
  return d / (Math.sqrt(na * nb) || 1);
}

/** Unit centroid of each story's vectors, dense over the dictionary (only for stories of 2+). */
export function centroids(vecs: Sparse[], cluster: number[], terms: number): Map<number, Float64Array> {
  const size = new Map<number, number>();
  for (const c of cluster) size.set(c, (size.get(c) ?? 0) + 1);
  const out = new Map<number, Float64Array>();
  vecs.forEach((v, i) => {
    if (size.get(cluster[i])! < 2) return;
    let c = out.get(cluster[i]);
    if (!c) out.set(cluster[i], (c = new Float64Array(terms)));
    for (let t = 0; t < v.ids.length; t++) c[v.ids[t]] += v.w[t];
  });
  for (const c of out.values()) {
    let norm = 0;
    for (const x of c) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let t = 0; t < c.length; t++) c[t] /= norm;
  }
  return out;
}
