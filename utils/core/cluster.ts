/**
 * Group a pool of news items into stories and rank, for each item, the others most likely to tell
 * the same story. Headlines share few words, so word overlap alone is not enough:
 *  1. first-order similarity: TF-IDF cosine over title, description and text (with word pairs, so
 *     "Neil Young" and "Neil deGrasse Tyson" stay apart), damped by distance in time;
 *  2. second-order similarity: two items are alike when their nearest neighbours are alike
 *     (cosine of their kNN similarity rows), which joins "Pono" to "Neil Young's iPod rival";
 *  3. the structure of the pool: Louvain community detection on the kNN graph of the blended score,
 *     then each story split where it is two tight groups joined by a few links (low conductance).
 * Pure and deterministic; the same code serves the extension and `utils/cli/match.ts`.
 */
import { itemTf, timeFactor, type PoolItem } from './match';
import { idfOf, documentFrequencies, weigh } from './tfidf';

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
  lang?: string;
  /** How many related items to return per item. */
  maxRelated?: number;
}

export interface PoolClusters {
  /** Story number of each item (by index). */
  cluster: number[];
  /** For each item, indices of the others, best first. */
  related: number[][];
}

export const DEFAULTS = { k: 20, alpha: 0.35, minEdge: 0.05, resolution: 1, splitAt: 0.1, baselineThreshold: 0.35, maxRelated: 20 };

/** A sparse vector as parallel arrays of term ids and weights. */
interface Sparse {
  ids: Int32Array;
  w: Float64Array;
}

export function poolVectors(items: PoolItem[], lang = 'en', pairs = true): Sparse[] {
  const tfs = items.map((it) => itemTf(it, lang, pairs));
  const idf = idfOf(documentFrequencies(tfs), tfs.length);
  const dict = new Map<string, number>();
  return tfs.map((tf) => {
    const v = weigh(tf, idf);
    const ids = new Int32Array(v.size);
    const w = new Float64Array(v.size);
    let i = 0;
    for (const [t, x] of v) {
      let id = dict.get(t);
      if (id === undefined) dict.set(t, (id = dict.size));
      ids[i] = id;
      w[i++] = x;
    }
    return { ids, w };
  });
}

export interface Neighbours {
  idx: Int32Array[];
  sim: Float64Array[];
}

/** The k most similar items to each item (cosine via an inverted index), time-damped. */
export function nearestNeighbours(vecs: Sparse[], k: number, dates: (number | null)[] = []): Neighbours {
  const n = vecs.length;
  const postings = new Map<number, { doc: number[]; w: number[] }>();
  vecs.forEach((v, d) => {
    for (let i = 0; i < v.ids.length; i++) {
      let p = postings.get(v.ids[i]);
      if (!p) postings.set(v.ids[i], (p = { doc: [], w: [] }));
      p.doc.push(d);
      p.w.push(v.w[i]);
    }
  });
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const idx: Int32Array[] = [];
  const sim: Float64Array[] = [];
  for (let d = 0; d < n; d++) {
    const v = vecs[d];
    for (let i = 0; i < v.ids.length; i++) {
      const p = postings.get(v.ids[i])!;
      const wi = v.w[i];
      for (let j = 0; j < p.doc.length; j++) {
        const o = p.doc[j];
        if (o === d) continue;
        if (acc[o] === 0) touched.push(o);
        acc[o] += wi * p.w[j];
      }
    }
    const scored = touched.map((o) => ({ o, s: acc[o] * timeFactor(daysApart(dates[d], dates[o])) }));
    for (const o of touched) acc[o] = 0;
    touched.length = 0;
    scored.sort((a, b) => b.s - a.s || a.o - b.o);
    const top = scored.slice(0, k);
    idx.push(Int32Array.from(top.map((x) => x.o)));
    sim.push(Float64Array.from(top.map((x) => x.s)));
  }
  return { idx, sim };
}

function daysApart(a: number | null | undefined, b: number | null | undefined): number | null {
  return a == null || b == null ? null : Math.abs(a - b) / 86_400_000;
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

export function clusterPool(items: PoolItem[], options: ClusterOptions = {}): PoolClusters {
  const o: typeof DEFAULTS & ClusterOptions = { ...DEFAULTS, ...(Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as ClusterOptions) };
  const dates = items.map((it) => {
    const t = it.published ? Date.parse(it.published) : NaN;
    return Number.isFinite(t) ? t : null;
  });
  if (o.baseline) return baselineClusters(items, o);
  const vecs = poolVectors(items, o.lang ?? 'en', true);
  const nb = nearestNeighbours(vecs, o.k, dates);
  const so = secondOrder(nb);
  // Blended, symmetric edge weights over the union of both items' neighbour lists.
  const blended = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * items.length + j : j * items.length + i);
  const scores: { o: number; s: number }[][] = items.map(() => []);
  nb.idx.forEach((ids, i) =>
    ids.forEach((j, t) => {
      const kk = key(i, j);
      let s = blended.get(kk);
      if (s === undefined) blended.set(kk, (s = o.alpha * nb.sim[i][t] + (1 - o.alpha) * so(i, j)));
      scores[i].push({ o: j, s });
    }),
  );
  const edges: [number, number, number][] = [];
  for (const [kk, s] of blended) if (s >= o.minEdge) edges.push([Math.floor(kk / items.length), kk % items.length, s]);
  let cluster = louvain(items.length, edges, o.resolution);
  if (o.splitAt > 0) cluster = splitBridged(cluster, edges, o.splitAt, o.resolution);
  const related = scores.map((list, i) =>
    list
      .sort((a, b) => Number(cluster[b.o] === cluster[i]) - Number(cluster[a.o] === cluster[i]) || b.s - a.s || a.o - b.o)
      .slice(0, o.maxRelated)
      .map((x) => x.o),
  );
  return { cluster, related };
}

/**
 * Which candidates tell the reader's story, by the structure of the pool: the article is clustered
 * with the candidates (and background items such as the local feed index, which give the graph its
 * shape) and the candidates that land in its story are returned, by index.
 */
export function storyMates(article: PoolItem, candidates: PoolItem[], background: PoolItem[] = [], options: ClusterOptions = {}): Set<number> {
  const { cluster } = clusterPool([article, ...candidates, ...background], options);
  return new Set(candidates.map((_, i) => i).filter((i) => cluster[i + 1] === cluster[0]));
}

/** Plain TF-IDF cosine: rank by it, and link pairs above a threshold (connected components). */
function baselineClusters(items: PoolItem[], o: typeof DEFAULTS & ClusterOptions): PoolClusters {
  const vecs = poolVectors(items, o.lang ?? 'en', false);
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

/**
 * Louvain community detection (Blondel et al. 2008) with a resolution parameter: move each node to
 * the neighbouring community that most raises modularity, collapse communities, repeat. Nodes are
 * visited in index order, so the result is deterministic.
 */
export function louvain(n: number, edges: [number, number, number][], resolution = 1): number[] {
  let membership = Array.from({ length: n }, (_, i) => i);
  let size = n;
  let current = edges;
  for (let level = 0; level < 20; level++) {
    const adj: Map<number, number>[] = Array.from({ length: size }, () => new Map());
    const self = new Float64Array(size);
    for (const [a, b, w] of current) {
      if (a === b) self[a] += w;
      else {
        adj[a].set(b, (adj[a].get(b) ?? 0) + w);
        adj[b].set(a, (adj[b].get(a) ?? 0) + w);
      }
    }
    const degree = new Float64Array(size);
    let m2 = 0;
    for (let i = 0; i < size; i++) {
      for (const w of adj[i].values()) degree[i] += w;
      degree[i] += 2 * self[i];
      m2 += degree[i];
    }
    if (m2 === 0) break;
    const comm = Int32Array.from({ length: size }, (_, i) => i);
    const total = Float64Array.from(degree);
    let moved = false;
    for (let pass = 0, improved = true; improved && pass < 50; pass++) {
      improved = false;
      for (let i = 0; i < size; i++) {
        const own = comm[i];
        const links = new Map<number, number>();
        for (const [j, w] of adj[i]) links.set(comm[j], (links.get(comm[j]) ?? 0) + w);
        total[own] -= degree[i];
        let best = own;
        let bestGain = (links.get(own) ?? 0) - (resolution * total[own] * degree[i]) / m2;
        for (const [c, w] of links) {
          const gain = w - (resolution * total[c] * degree[i]) / m2;
          if (gain > bestGain + 1e-12) [best, bestGain] = [c, gain];
        }
        total[best] += degree[i];
        if (best !== own) {
          comm[i] = best;
          improved = moved = true;
        }
      }
    }
    if (!moved) break;
    const renumber = new Map<number, number>();
    for (let i = 0; i < size; i++) if (!renumber.has(comm[i])) renumber.set(comm[i], renumber.size);
    membership = membership.map((c) => renumber.get(comm[c])!);
    const merged = new Map<number, number>();
    for (const [a, b, w] of current) {
      const [x, y] = [renumber.get(comm[a])!, renumber.get(comm[b])!].sort((p, q) => p - q);
      merged.set(x * renumber.size + y, (merged.get(x * renumber.size + y) ?? 0) + w);
    }
    current = [...merged].map(([k, w]) => [Math.floor(k / renumber.size), k % renumber.size, w]);
    size = renumber.size;
  }
  return membership;
}

/**
 * Community detection over a whole pool can fuse two tight stories that a few items bridge: look
 * inside each story and split off every part (of 5+ items) whose conductance is at most `at`.
 */
function splitBridged(cluster: number[], edges: [number, number, number][], at: number, resolution: number): number[] {
  const members = new Map<number, number[]>();
  cluster.forEach((c, i) => {
    if (!members.has(c)) members.set(c, []);
    members.get(c)!.push(i);
  });
  const local = new Map<number, number>();
  const inner = new Map<number, [number, number, number][]>();
  for (const list of members.values()) list.forEach((i, k) => local.set(i, k));
  for (const e of edges) {
    if (cluster[e[0]] !== cluster[e[1]]) continue;
    const c = cluster[e[0]];
    if (!inner.has(c)) inner.set(c, []);
    inner.get(c)!.push([local.get(e[0])!, local.get(e[1])!, e[2]]);
  }
  const out = [...cluster];
  let next = cluster.reduce((m, c) => Math.max(m, c), -1) + 1;
  for (const [c, list] of members) {
    if (list.length < 6) continue;
    const sub = inner.get(c) ?? [];
    const parts = louvain(list.length, sub, resolution);
    const count = parts.reduce((m, p) => Math.max(m, p), -1) + 1;
    if (count < 2) continue;
    const vol = new Float64Array(count);
    const cut = new Float64Array(count);
    const size = new Float64Array(count);
    parts.forEach((p) => size[p]++);
    let all = 0;
    for (const [a, b, w] of sub) {
      vol[parts[a]] += w;
      vol[parts[b]] += w;
      all += 2 * w;
      if (parts[a] !== parts[b]) {
        cut[parts[a]] += w;
        cut[parts[b]] += w;
      }
    }
    for (let p = 0; p < count; p++) {
      const conductance = cut[p] / (Math.min(vol[p], all - vol[p]) || 1);
      if (size[p] < 5 || conductance > at) continue;
      const id = next++;
      list.forEach((i, k) => parts[k] === p && (out[i] = id));
    }
  }
  return out;
}
