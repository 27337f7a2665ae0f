/**
 * Group a pool of news items into stories and rank, for each item, the others most likely to tell
 * the same story. Headlines share few words, so word overlap alone is not enough:
 *  1. first-order similarity: TF-IDF cosine over title, description and text (with word pairs, so
 *     "Neil Young" and "Neil deGrasse Tyson" stay apart), damped by distance in time; words only
 *     one item has are dropped, names in sentence-case headlines weigh more;
 *  2. second-order similarity: two items are alike when their nearest neighbours are alike
 *     (cosine of their kNN similarity rows), which joins "Pono" to "Neil Young's iPod rival";
 *  3. the structure of the pool: Louvain community detection on the kNN graph of the blended score,
 *     then each story split where it is two groups joined by a few links (low conductance) or two
 *     groups whose texts differ (far-apart centroids), then each item moved to the story whose
 *     centroid it is closest to;
 *  4. for full text only (decided from the pool's shape): the whole body, and each vector expanded
 *     with its nearest neighbours' centroid (pseudo-relevance feedback) before the graph is built.
 * Pure and deterministic; the same code serves the extension and `utils/cli/match.ts`.
 */
import { itemTf, timeFactor, type PoolItem } from './pool-item';
import { NAME_WEIGHT, nameShare, nameShares } from './cluster-names';
import { louvain, splitBridged } from './cluster-graph';
import { dot, vectorsOf, type Sparse } from './vectors';


export interface ClusterOptions {
  /** Neighbours kept per item (graph degree, candidates for ranking). */
  k?: number;
  /** Weight of the first-order cosine in the blend (the rest is second-order). */
  alpha?: number;
  /** Edges weaker than this are not in the graph. */
  minEdge?: number;
  /** Louvain resolution: higher gives more, smaller stories. */
  resolution?: number;
  /** Plain TF-IDF cosine and threshold clustering, for comparison. */
  baseline?: boolean;
  /** Cosine a baseline pair needs to be linked. */
  baselineThreshold?: number;
  /**
   * A part of a story that community detection finds inside it becomes a story of its own when
   * its links out are at most this share of its links (conductance): two tight stories bridged by
   * a few items come apart, a loose headline story does not.
   */
  splitAt?: number;
  /**
   * ... or when the text says it is about something else: the cosine of its centroid with the
   * centroid of the rest of its story is at most this (0: off). Community detection fuses small
   * stories that share a few links (its resolution limit); their texts still differ.
   */
  splitApart?: number;
  lang?: string;
  /** How many related items to return per item. */
  maxRelated?: number;
  /** Pseudo-relevance feedback: neighbours whose centroid expands each item's vector (0: off). */
  prfM?: number;
  /** Weight of the neighbours' centroid in the expanded vector. */
  prfBeta?: number;
  /** Terms kept in an expanded vector. */
  prfTerms?: number;
  /** Rounds of moving each item to the story whose centroid it is closest to (0: off). */
  reassign?: number;
  /** Words of body text read per item. */
  textWords?: number;
  /** Exponent on IDF. */
  idfPow?: number;
  /**
   * Terms in fewer items than this are dropped: a word only one item has links it to nothing and
   * only lengthens its vector, which shrinks its cosine with its own story. (3 would also drop the
   * words that tie a two-item story together.)
   */
  minDf?: number;
  /**
   * Extra weight of a term by how much it is a name in the pool's sentence-case headlines
   * (utils/core/cluster-names.ts): its IDF × (1 + nameWeight × share written with a capital).
   */
  nameWeight?: number;
  /** Weight of the story-centroid similarity in the related ranking. */
  rankCentroid?: number;
  /** Time scale override (days) for an extra exp(-days/scale) damping; 0 = off. Experiment only. */
  timeScale?: number;
  /** Damp links by distance in time (timeFactor of pool-item.ts). */
  time?: boolean;
  /** Weight of the first-order score in the related ranking (default: alpha). */
  rankAlpha?: number;
  /** Adjacent term pairs from the body text too. */
  textPairs?: boolean;
}

export interface PoolClusters {
  /** Story number of each item (by index). */
  cluster: number[];
  /** For each item, indices of the others, best first. */
  related: number[][];
}

export const DEFAULTS = {
  k: 20,
  alpha: 0.35,
  minEdge: 0.05,
  resolution: 1,
  splitAt: 0.1,
  splitApart: 0.2,
  baselineThreshold: 0.35,
  maxRelated: 20,
  prfM: 0,
  prfBeta: 0.5,
  prfTerms: 60,
  reassign: 0,
  textWords: 600,
  idfPow: 1,
  minDf: 2,
  nameWeight: NAME_WEIGHT,
  rankCentroid: 0,
  timeScale: 0,
  time: true,
};
type Options = typeof DEFAULTS & ClusterOptions;

export interface PoolVectorOptions {
  lang?: string;
  /** Adjacent word pairs: of title and description (true), also of the body ('text'), or none. */
  pairs?: boolean | 'text';
  /** Words of body text read (itemTf's default when not given). */
  textWords?: number;
  idfPow?: number;
  minDf?: number;
  /** Extra IDF weight of names in sentence-case titles (0: off). */
  nameWeight?: number;
}

/** Unit TF-IDF vectors of a pool's items over one term dictionary (sublinear term frequency). */
export function poolVectors(items: PoolItem[], { lang = 'en', pairs = true, textWords, idfPow = 1, minDf = 1, nameWeight = 0 }: PoolVectorOptions = {}): { vecs: Sparse[]; terms: number } {
  const shares = nameWeight > 0 ? nameShares(items) : null;
  const boost = shares ? (t: string) => 1 + nameWeight * nameShare(shares, t) : undefined;
  return vectorsOf(items.map((it) => itemTf(it, lang, pairs, textWords)), { idfPow, minDf, boost });
}

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

function daysApart(a: number | null | undefined, b: number | null | undefined): number | null {
  return a == null || b == null ? null : Math.abs(a - b) / 86_400_000;
}

/**
 * Pseudo-relevance feedback: each item's vector plus `beta` times the weighted centroid of its m
 * nearest neighbours, cut to its `keep` heaviest terms and made unit length again. A headline that
 * says "Pono" picks up "Neil Young" from the headlines around it.
 */
function expand(vecs: Sparse[], nb: Neighbours, m: number, beta: number, keep: number, terms: number): Sparse[] {
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
function secondOrder(nb: Neighbours): (i: number, j: number) => number {
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
function centroidCosine(vecs: Sparse[], a: number[], b: number[]): number {
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
function centroids(vecs: Sparse[], cluster: number[], terms: number): Map<number, Float64Array> {
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

/**
 * Settings that depend on what the pool is made of, decided from its shape (never from labels):
 * headlines get centroid re-assignment only; full text (most items carry 100+ words of body) also
 * reads the whole body and expands each vector with its neighbours (pseudo-relevance feedback),
 * which long texts support and short headlines do not (it fragments headline stories).
 */
export const HEADLINES: ClusterOptions = { reassign: 3 };
export const FULL_TEXT: ClusterOptions = { reassign: 3, textWords: 5000, prfM: 5, prfBeta: 0.5 };

export function isFullText(items: PoolItem[]): boolean {
  let long = 0;
  for (const it of items) if (it.text && it.text.length >= 600 && it.text.split(/\s+/, 100).length >= 100) long++;
  return items.length > 0 && long * 2 >= items.length;
}

function options(given: ClusterOptions, items: PoolItem[]): Options {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as ClusterOptions;
  return { ...DEFAULTS, ...(isFullText(items) ? FULL_TEXT : HEADLINES), ...defined };
}

export function clusterPool(items: PoolItem[], given: ClusterOptions = {}): PoolClusters {
  const o = options(given, items);
  const dates = items.map((it) => {
    const t = it.published && o.time ? Date.parse(it.published) : NaN;
    return Number.isFinite(t) ? t : null;
  });
  if (o.baseline) return baselineClusters(items, o);
  const { vecs, terms } = poolVectors(items, { lang: o.lang, pairs: o.textPairs ? 'text' : true, textWords: o.textWords, idfPow: o.idfPow, minDf: o.minDf, nameWeight: o.nameWeight });
  let nb = nearestNeighbours(vecs, o.k, dates, vecs, o.timeScale);
  let space = vecs;
  if (o.prfM > 0) {
    space = expand(vecs, nb, o.prfM, o.prfBeta, o.prfTerms, terms);
    nb = nearestNeighbours(space, o.k, dates, space, o.timeScale);
  }
  const so = secondOrder(nb);
  // Blended, symmetric edge weights over the union of both items' neighbour lists.
  const blended = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * items.length + j : j * items.length + i);
  const scores: { o: number; s: number }[][] = items.map(() => []);
  nb.idx.forEach((ids, i) =>
    ids.forEach((j, t) => {
      const kk = key(i, j);
      const second = so(i, j);
      if (!blended.has(kk)) blended.set(kk, o.alpha * nb.sim[i][t] + (1 - o.alpha) * second);
      const ra = o.rankAlpha ?? o.alpha;
      scores[i].push({ o: j, s: ra * nb.sim[i][t] + (1 - ra) * second });
    }),
  );
  const edges: [number, number, number][] = [];
  for (const [kk, s] of blended) if (s >= o.minEdge) edges.push([Math.floor(kk / items.length), kk % items.length, s]);
  let cluster = louvain(items.length, edges, o.resolution);
  if (o.splitAt > 0 || o.splitApart > 0) {
    const apart = o.splitApart > 0 ? (part: number[], rest: number[]) => centroidCosine(space, part, rest) <= o.splitApart : undefined;
    cluster = splitBridged(cluster, edges, o.resolution, o.splitAt, apart);
  }
  for (let round = 0; round < o.reassign; round++) {
    const cents = centroids(space, cluster, terms);
    let moved = 0;
    cluster = cluster.map((c, i) => {
      let best = c;
      let bestSim = cents.has(c) ? dot(space[i], cents.get(c)!) : -1;
      for (const j of nb.idx[i]) {
        const cj = cluster[j];
        if (cj === best || !cents.has(cj)) continue;
        const s = dot(space[i], cents.get(cj)!);
        if (s > bestSim + 1e-9) [best, bestSim] = [cj, s];
      }
      if (best !== c) moved++;
      return best;
    });
    if (!moved) break;
  }
  let rankScore = scores;
  if (o.rankCentroid > 0) {
    const cents = centroids(space, cluster, terms);
    rankScore = scores.map((list, i) => {
      const c = cents.get(cluster[i]);
      return list.map((x) => ({ o: x.o, s: x.s + (c ? o.rankCentroid * dot(space[x.o], c) : 0) }));
    });
  }
  const related = rankScore.map((list, i) =>
    list
      .sort((a, b) => Number(cluster[b.o] === cluster[i]) - Number(cluster[a.o] === cluster[i]) || b.s - a.s || a.o - b.o)
      .slice(0, o.maxRelated)
      .map((x) => x.o),
  );
  return { cluster, related };
}

/** Plain TF-IDF cosine: rank by it, and link pairs above a threshold (connected components). */
function baselineClusters(items: PoolItem[], o: Options): PoolClusters {
  const { vecs } = poolVectors(items, { lang: o.lang, pairs: false });
  const nb = nearestNeighbours(vecs, Math.max(o.k, o.maxRelated));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  nb.idx.forEach((ids, i) => ids.forEach((j, t) => nb.sim[i][t] >= o.baselineThreshold && (parent[find(i)] = find(j))));
  const roots = new Map<number, number>();
  const cluster = items.map((_, i) => {
    const r = find(i);
    if (!roots.has(r)) roots.set(r, roots.size);
    return roots.get(r)!;
  });
  return { cluster, related: nb.idx.map((ids) => [...ids.slice(0, o.maxRelated)]) };
}
