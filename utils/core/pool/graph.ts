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
      const adjA = adj[a];
      const adjB = adj[b];
      if (!adjA || !adjB) throw new RangeError(`edge (${a}, ${b}) outside the graph's ${size} nodes`);
      if (a === b) self[a] = (self[a] ?? 0) + w;
      else {
        adjA.set(b, (adjA.get(b) ?? 0) + w);
        adjB.set(a, (adjB.get(a) ?? 0) + w);
      }
    }
    const degree = new Float64Array(size);
    let m2 = 0;
    for (const [i, links] of adj.entries()) {
      let d = 0;
      for (const w of links.values()) d += w;
      d += 2 * (self[i] ?? 0);
      degree[i] = d;
      m2 += d;
    }
    if (m2 === 0) break;
    const comm = Int32Array.from({ length: size }, (_, i) => i);
    const total = Float64Array.from(degree);
    let moved = false;
    for (let pass = 0, improved = true; improved && pass < 50; pass++) {
      improved = false;
      for (const [i, neighbours] of adj.entries()) {
        const own = comm[i];
        const di = degree[i];
        if (own === undefined || di === undefined) throw new RangeError(`node ${i} outside the graph's ${size} nodes`);
        const links = new Map<number, number>();
        for (const [j, w] of neighbours) {
          const cj = comm[j];
          if (cj !== undefined) links.set(cj, (links.get(cj) ?? 0) + w);
        }
        total[own] = (total[own] ?? 0) - di;
        let best = own;
        let bestGain = (links.get(own) ?? 0) - (resolution * (total[own] ?? 0) * di) / m2;
        for (const [c, w] of links) {
          const gain = w - (resolution * (total[c] ?? 0) * di) / m2;
          if (gain > bestGain + 1e-12) [best, bestGain] = [c, gain];
        }
        total[best] = (total[best] ?? 0) + di;
        if (best !== own) {
          comm[i] = best;
          improved = moved = true;
        }
      }
    }
    if (!moved) break;
    const renumber = new Map<number, number>();
    for (const c of comm) if (!renumber.has(c)) renumber.set(c, renumber.size);
    const renumbered = (node: number): number => {
      const c = comm[node];
      const id = c === undefined ? undefined : renumber.get(c);
      if (id === undefined) throw new RangeError(`node ${node} has no community`);
      return id;
    };
    membership = membership.map((c) => renumbered(c));
    const merged = new Map<number, number>();
    for (const [a, b, w] of current) {
      const [p, q] = [renumbered(a), renumbered(b)];
      const [x, y] = p <= q ? [p, q] : [q, p];
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
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  const local = new Map<number, number>();
  const inner = new Map<number, [number, number, number][]>();
  for (const list of members.values()) list.forEach((i, k) => local.set(i, k));
  for (const [a, b, w] of edges) {
    const c = cluster[a];
    const la = local.get(a);
    const lb = local.get(b);
    if (c === undefined || c !== cluster[b] || la === undefined || lb === undefined) continue;
    const list = inner.get(c);
    if (list) list.push([la, lb, w]);
    else inner.set(c, [[la, lb, w]]);
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
    parts.forEach((p) => (size[p] = (size[p] ?? 0) + 1));
    let all = 0;
    for (const [a, b, w] of sub) {
      const pa = parts[a];
      const pb = parts[b];
      if (pa === undefined || pb === undefined) throw new RangeError(`edge (${a}, ${b}) outside its story of ${list.length}`);
      vol[pa] = (vol[pa] ?? 0) + w;
      vol[pb] = (vol[pb] ?? 0) + w;
      all += 2 * w;
      if (pa !== pb) {
        cut[pa] = (cut[pa] ?? 0) + w;
        cut[pb] = (cut[pb] ?? 0) + w;
      }
    }
    for (const [p, n] of size.entries()) {
      if (n < 5) continue;
      const v = vol[p] ?? 0;
      const conductance = (cut[p] ?? 0) / (Math.min(v, all - v) || 1);
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
