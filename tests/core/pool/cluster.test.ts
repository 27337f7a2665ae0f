import { describe, expect, it } from 'vitest';
import { clusterPool, isFullText, poolVectors } from '../../../utils/core/pool/cluster';
import { louvain, splitBridged } from '../../../utils/core/pool/graph';
import { fastTerms } from '../../../utils/core/tokens';
import { terms } from '../../../utils/core/text';
import { itemTf, slugWords } from '../../../utils/core/pool-item';
import { readItems } from '../../../utils/cli/match';
import { nameShare, nameShares } from '../../../utils/core/name-weight';

/** Two stories that share the word "Apple", plus a third unrelated one: small, hand-made. */
const POOL = [
  { title: 'Apple unveils new iPhone with larger screen at Cupertino event' },
  { title: 'iPhone launch: Apple shows larger screen model in Cupertino' },
  { title: 'Cupertino event: new iPhone gets a larger screen, Apple says' },
  { title: 'Apple iPhone event in Cupertino brings larger screen' },
  { title: 'Apple orchard harvest hit by late frost in Kent' },
  { title: 'Late frost ruins Kent apple orchard harvest' },
  { title: 'Kent orchard growers count frost damage to apple harvest' },
  { title: 'Frost in Kent: apple harvest at orchards down by half' },
  { title: 'Central bank raises interest rates to curb inflation' },
  { title: 'Interest rates up as central bank fights inflation' },
  { title: 'Inflation fight: central bank lifts interest rates again' },
];

describe('clusterPool', () => {
  it('keeps two stories that share a word apart, and each together', () => {
    const { cluster } = clusterPool(POOL);
    expect(new Set(cluster.slice(0, 4)).size).toBe(1);
    expect(new Set(cluster.slice(4, 8)).size).toBe(1);
    expect(new Set(cluster.slice(8)).size).toBe(1);
    expect(new Set([cluster[0], cluster[4], cluster[8]]).size).toBe(3);
  });

  it('ranks the same story first and never lists the item itself', () => {
    const { related } = clusterPool(POOL);
    related.forEach((list, i) => {
      expect(list).not.toContain(i);
      expect(new Set(list).size).toBe(list.length);
      expect(list.length).toBeLessThanOrEqual(20);
    });
    expect(related[0]?.slice(0, 3).sort((a, b) => a - b)).toEqual([1, 2, 3]);
    expect(related[5]?.slice(0, 3).sort((a, b) => a - b)).toEqual([4, 6, 7]);
  });

  it('keeps a two-item story whose words no other item has', () => {
    const pair = [{ title: 'Volcano erupts on Reykjanes peninsula' }, { title: 'Reykjanes volcano eruption forces evacuation' }];
    const { cluster, related } = clusterPool([...POOL, ...pair]);
    expect(cluster[11]).toBe(cluster[12]);
    expect(cluster.slice(0, 11)).not.toContain(cluster[11]);
    expect(related[11]?.[0]).toBe(12);
  });

  it('drops words only one item has, so they do not dilute its likeness to its story', () => {
    const noisy = { title: 'Apple iPhone larger screen Cupertino: zebra quokka narwhal axolotl pangolin okapi' };
    const pool = [...POOL, noisy];
    const cos = (minDf: number) => {
      const { vecs } = poolVectors(pool, { minDf });
      const [a, b] = [vecs[11], vecs[0]];
      if (!a || !b) throw new Error('expected vectors for items 0 and 11');
      let s = 0;
      a.ids.forEach((t, i) => b.ids.forEach((u, j) => t === u && (s += (a.w[i] ?? 0) * (b.w[j] ?? 0))));
      return { s, terms: a.ids.length };
    };
    expect(cos(2).terms).toBeLessThan(cos(1).terms);
    expect(cos(2).s).toBeGreaterThan(cos(1).s + 0.1);
    const { cluster } = clusterPool(pool);
    expect(cluster[11]).toBe(cluster[0]);
  });

  it('is deterministic and copes with empty and one-item pools', () => {
    expect(clusterPool(POOL)).toEqual(clusterPool(POOL));
    expect(clusterPool([])).toEqual({ cluster: [], related: [] });
    expect(clusterPool([{ title: 'Alone' }])).toEqual({ cluster: [0], related: [[]] });
  });

  it('damps links between items far apart in time', () => {
    const a = { title: 'Storm floods coastal town', published: '2024-01-01T00:00:00Z' };
    const near = { title: 'Coastal town floods in storm', published: '2024-01-02T00:00:00Z' };
    const far = { title: 'Coastal town floods in storm', published: '2024-06-01T00:00:00Z' };
    expect(clusterPool([a, far, near]).related[0]?.[0]).toBe(2);
  });

  it('baseline: plain cosine ranking and threshold components', () => {
    const { cluster, related } = clusterPool(POOL, { baseline: true, baselineThreshold: 0.2 });
    expect(cluster).toHaveLength(POOL.length);
    expect(related[8]?.slice(0, 2).sort((a, b) => a - b)).toEqual([9, 10]);
  });
});

describe('louvain', () => {
  it('finds two triangles joined by one weak edge', () => {
    const edges: [number, number, number][] = [[0, 1, 1], [1, 2, 1], [0, 2, 1], [3, 4, 1], [4, 5, 1], [3, 5, 1], [2, 3, 0.1]];
    const c = louvain(6, edges);
    expect(c[0]).toBe(c[1]);
    expect(c[1]).toBe(c[2]);
    expect(c[3]).toBe(c[5]);
    expect(c[0]).not.toBe(c[3]);
  });
});

/** Two 6-cliques (items base..base+5 and base+6..base+11) joined by `bridges` links. */
function cliquePair(base: number, bridges: number): [number, number, number][] {
  const edges: [number, number, number][] = [];
  for (const off of [0, 6]) for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) edges.push([base + off + i, base + off + j, 1]);
  for (let b = 0; b < bridges; b++) edges.push([base + (b % 6), base + 6 + ((b * 5) % 6), 1]);
  return edges;
}

describe('splitBridged', () => {
  it('splits a story where the graph sets a part apart (few links between)', () => {
    const out = splitBridged(new Array(12).fill(0), cliquePair(0, 1));
    expect(new Set(out.slice(0, 6)).size).toBe(1);
    expect(new Set(out.slice(6)).size).toBe(1);
    expect(out[0]).not.toBe(out[6]);
    expect(new Set(splitBridged(new Array(12).fill(0), cliquePair(0, 9))).size).toBe(1);
    expect(new Set(splitBridged(new Array(12).fill(0), cliquePair(0, 1), 1, 0)).size).toBe(1);
  });

  it('splits a well-linked story too when the text says its parts differ', () => {
    const differ = (part: number[], rest: number[]) => part.length + rest.length === 12;
    const out = splitBridged(new Array(12).fill(0), cliquePair(0, 9), 1, 0.1, differ);
    expect(out[0]).not.toBe(out[6]);
    expect(new Set(splitBridged(new Array(12).fill(0), cliquePair(0, 9), 1, 0.1, () => false)).size).toBe(1);
  });
});

describe('features', () => {
  it('takes words from a link path, not ids or file names', () => {
    expect(slugWords('https://x.example/2014/03/10/neil-young-pono-player-123.html?x=1')).toBe('neil young pono player');
    expect(slugWords('not a url')).toBe('');
  });
  it('adds adjacent pairs of title terms', () => {
    expect(itemTf({ title: 'Neil Young unveils Pono' }, 'en').get('neil young')).toBe(3);
    expect(itemTf({ title: 'Neil Young unveils Pono' }, 'en', false).has('neil young')).toBe(false);
  });
});

describe('names', () => {
  it('reads names from sentence-case headlines only', () => {
    const shares = nameShares([
      { title: 'Fed official says Plosser sees weak data' },
      { title: 'Markets shrug as Plosser talks data' },
      { title: 'Weak Data Worries Plosser And The Fed' },
      { title: 'ARYAN NATIONS FOUND NEGLIGENT' },
      { title: 'Aryan Nations Threatened by Lawsuit' },
    ]);
    expect(shares.get('plosser')).toBe(1);
    expect(shares.get('data') ?? 0).toBe(0);
    expect(shares.has('aryan')).toBe(false);
    expect(shares.has('threatened')).toBe(false);
    expect(nameShare(shares, 'plosser data')).toBe(0.5);
  });
});

describe('pool shape and fast terms', () => {
  it('tells full text from headlines by the body length, not by labels', () => {
    expect(isFullText(POOL)).toBe(false);
    const long = 'word '.repeat(150);
    expect(isFullText([{ title: 'a', text: long }, { title: 'b', text: long }, { title: 'c' }])).toBe(true);
  });
  it('finds the same terms as the segmenter on spaced text, and falls back on unspaced scripts', () => {
    const t = "Neil Young's Pono player: 260,000 GPUs head to Seoul's AI factories";
    expect(fastTerms(t)).toEqual(terms(t));
    expect(fastTerms('東京で地震', 'ja')).toEqual(terms('東京で地震', 'ja'));
  });
});

describe('the CLI input', () => {
  it('echoes string and integer ids and reads only the contract fields', () => {
    const { ids, items } = readItems('{"id": 7, "title": "A", "story": "LABEL", "outlet": "X"}\n\n{"id": "b", "title": "B", "description": "d", "url": "https://x.example/a-b"}\n');
    expect(ids).toEqual([7, 'b']);
    expect(items[0]).not.toHaveProperty('story');
    expect(JSON.stringify(items)).not.toContain('LABEL');
    expect(items[1]).toMatchObject({ title: 'B', description: 'd', url: 'https://x.example/a-b' });
  });
  it('refuses a line without a usable id', () => {
    expect(() => readItems('{"title": "A"}')).toThrow(/line 1/);
    expect(() => readItems('{oops')).toThrow(/not JSON/);
  });
});
