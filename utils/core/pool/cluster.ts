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
 * Pure and deterministic. `utils/core/pool/` is the whole-pool clustering: today only the CLI
 * (`utils/cli/match.ts`) and the benchmarks reach it; the extension decides one article's story in
 * the same vector space, from the same terms and vectors (`core/match.ts`). Its options that nothing
 * sets yet stay until the coverage issue decides whether the extension clusters its candidates.
 */
import { itemTf, type PoolItem } from '../pool-item';
import { NAME_WEIGHT, nameShare, nameShares } from '../name-weight';
import { louvain, splitBridged } from './graph';
import { dot, vectorsOf, type Sparse } from '../tfidf';
import { centroidCosine, centroids, expand, nearestNeighbours, secondOrder } from './neighbours';


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
  nb.idx.forEach((ids, i) => {
    const sims = nb.sim[i];
    const row = scores[i];
    if (!sims || !row) throw new RangeError(`neighbour row ${i} outside the pool of ${items.length}`);
    ids.forEach((j, t) => {
      const kk = key(i, j);
      const second = so(i, j);
      const sim = sims[t] ?? 0;
      if (!blended.has(kk)) blended.set(kk, o.alpha * sim + (1 - o.alpha) * second);
      const ra = o.rankAlpha ?? o.alpha;
      row.push({ o: j, s: ra * sim + (1 - ra) * second });
    });
  });
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
      const v = space[i];
      const near = nb.idx[i];
      if (!v || !near) throw new RangeError(`item ${i} has no vector or neighbour row`);
      let best = c;
      const own = cents.get(c);
      let bestSim = own ? dot(v, own) : -1;
      for (const j of near) {
        const cj = cluster[j];
        if (cj === undefined || cj === best) continue;
        const cent = cents.get(cj);
        if (!cent) continue;
        const s = dot(v, cent);
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
      const story = cluster[i];
      const c = story === undefined ? undefined : cents.get(story);
      return list.map((x) => {
        const v = space[x.o];
        return { o: x.o, s: x.s + (c && v ? o.rankCentroid * dot(v, c) : 0) };
      });
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
  const find = (i: number): number => {
    const p = parent[i];
    if (p === undefined) throw new RangeError(`item ${i} outside the pool of ${items.length}`);
    return p === i ? i : (parent[i] = find(p));
  };
  nb.idx.forEach((ids, i) => ids.forEach((j, t) => (nb.sim[i]?.[t] ?? 0) >= o.baselineThreshold && (parent[find(i)] = find(j))));
  const roots = new Map<number, number>();
  const cluster = items.map((_, i) => {
    const r = find(i);
    if (!roots.has(r)) roots.set(r, roots.size);
    return roots.get(r)!;
  });
  return { cluster, related: nb.idx.map((ids) => [...ids.slice(0, o.maxRelated)]) };
}
