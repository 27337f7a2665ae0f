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
  // start[t + 1] counts term t's postings, then (running sum) start[t] is where they begin
  const start = new Int32Array(terms + 1);
  for (const v of vecs) for (const id of v.ids) start[id + 1] = (start[id + 1] ?? 0) + 1;
  let total = 0;
  start.forEach((count, t) => (start[t] = total += count));
  const fill = start.slice(0, terms);
  const doc = new Int32Array(total);
  const w = new Float64Array(total);
  vecs.forEach((v, d) => {
    v.ids.forEach((id, i) => {
      const p = fill[id];
      if (p === undefined) throw new RangeError(`term ${id} is outside the ${terms} the postings were sized for`);
      fill[id] = p + 1;
      doc[p] = d;
      w[p] = v.w[i] ?? 0;
    });
  });
  return { start, doc, w };
}

function termCount(vecs: Sparse[]): number {
  let m = 0;
  for (const v of vecs) for (const id of v.ids) if (id >= m) m = id + 1;
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
  for (const [d, v] of queries.entries()) {
    let nt = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const t = v.ids[i];
      const wi = v.w[i];
      if (t === undefined || wi === undefined) continue;
      const from = post.start[t];
      const to = post.start[t + 1];
      if (from === undefined || to === undefined) continue;
      for (let p = from; p < to; p++) {
        const o = post.doc[p];
        const wp = post.w[p];
        if (o === undefined || wp === undefined || o === d) continue;
        const a = acc[o];
        if (a === undefined) continue;
        if (a === 0) touched[nt++] = o;
        acc[o] = a + wi * wp;
      }
    }
    const scored: { o: number; s: number }[] = [];
    for (const o of touched.subarray(0, nt)) {
      const days = daysApart(dates[d], dates[o]);
      let s = (acc[o] ?? 0) * timeFactor(days);
      if (timeScale > 0 && days !== null) s *= Math.exp(-days / timeScale);
      scored.push({ o, s });
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
      floor = pool[k - 1]?.s ?? -Infinity;
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
        const x = u.w[t];
        if (id === undefined || x === undefined) continue;
        const a = acc[id];
        if (a === undefined) throw new RangeError(`term ${id} is outside the ${terms} expand was given`);
        if (a === 0) touched.push(id);
        acc[id] = a + f * x;
      }
    };
    add(v, 1);
    const ids = nb.idx[i];
    const sims = nb.sim[i];
    if (!ids || !sims) throw new RangeError(`item ${i} has no neighbour row`);
    const count = Math.min(m, ids.length);
    let total = 0;
    for (let t = 0; t < count; t++) total += Math.max(0, sims[t] ?? 0);
    if (total > 0) {
      for (let t = 0; t < count; t++) {
        const o = ids[t];
        const u = o === undefined ? undefined : vecs[o];
        if (u) add(u, (beta * Math.max(0, sims[t] ?? 0)) / total);
      }
    }
    let list = touched.map((id) => ({ o: id, s: acc[id] ?? 0 }));
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
    const sims = nb.sim[i];
    ids.forEach((o, t) => m.set(o, sims?.[t] ?? 0));
    let norm = 0;
    for (const x of m.values()) norm += x * x;
    return { m, norm: Math.sqrt(norm) };
  });
  return (i, j) => {
    const ri = rows[i];
    const rj = rows[j];
    if (!ri || !rj) throw new RangeError(`secondOrder(${i}, ${j}) outside the ${rows.length} items`);
    const [a, b] = ri.m.size < rj.m.size ? [ri, rj] : [rj, ri];
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
    for (const i of group) {
      const v = vecs[i];
      if (!v) continue;
      v.ids.forEach((id, t) => c.set(id, (c.get(id) ?? 0) + (v.w[t] ?? 0)));
    }
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
    const story = cluster[i];
    if (story === undefined || (size.get(story) ?? 0) < 2) return;
    let c = out.get(story);
    if (!c) out.set(story, (c = new Float64Array(terms)));
    const sum = c;
    v.ids.forEach((id, t) => (sum[id] = (sum[id] ?? 0) + (v.w[t] ?? 0)));
  });
  for (const c of out.values()) {
    let norm = 0;
    for (const x of c) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    c.forEach((x, t) => (c[t] = x / norm));
  }
  return out;
}
