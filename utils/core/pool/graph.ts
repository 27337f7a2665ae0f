/**
 * Community detection on a pool's similarity graph: Louvain, then splitting the stories it fused.
 * Plain data in and out, deterministic (nodes visited in index order).
 */

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

/** A part of a story that community detection finds inside it. */
interface Part {
  members: number[];
  /** The rest of its story. */
  rest: number[];
  conductance: number;
}

/** The parts (of 5+ items) community detection finds inside each story of 6+, with their conductance. */
function partsOf(cluster: number[], edges: [number, number, number][], resolution: number): Part[] {
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
  const out: Part[] = [];
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
      if (size[p] < 5) continue;
      const conductance = cut[p] / (Math.min(vol[p], all - vol[p]) || 1);
      out.push({ members: list.filter((_, k) => parts[k] === p), rest: list.filter((_, k) => parts[k] !== p), conductance });
    }
  }
  return out;
}

/**
 * Community detection over a whole pool can fuse two stories (its resolution limit): look inside
 * each story and split off every part that the graph sets apart (conductance at most `at`) or that
 * `apart(part, rest)` says is about something else.
 */
export function splitBridged(cluster: number[], edges: [number, number, number][], resolution = 1, at = 0.1, apart?: (part: number[], rest: number[]) => boolean): number[] {
  const out = [...cluster];
  let next = cluster.reduce((m, c) => Math.max(m, c), -1) + 1;
  for (const part of partsOf(cluster, edges, resolution)) {
    if (part.conductance > at && !apart?.(part.members, part.rest)) continue;
    const id = next++;
    for (const i of part.members) out[i] = id;
  }
  return out;
}
