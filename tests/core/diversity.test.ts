import { describe, expect, it } from 'vitest';
import { diversify } from '../../utils/core/diversity';
import type { CoverageItem } from '../../utils/core/types';

const item = (domain: string, score: number): CoverageItem => ({ id: `${domain}-${score}`, url: `https://${domain}/${score}`, title: 't', outlet: { name: domain, domain }, source: 'feeds', score, relation: 'same-story' });

describe('diversify', () => {
  it('lets no outlet fill the list', () => {
    const items = [item('big.example', 0.9), item('big.example', 0.8), item('big.example', 0.7), item('big.example', 0.6), item('a.example', 0.5), item('b.example', 0.4)];
    const shown = diversify(items, { perOutlet: 2, max: 5 });
    expect(shown.map((i) => i.id)).toEqual(['big.example-0.9', 'a.example-0.5', 'b.example-0.4', 'big.example-0.8']);
  });
  it('keeps the best first within the limits', () => {
    expect(diversify([item('x', 0.2), item('y', 0.9)]).map((i) => i.outlet.domain)).toEqual(['y', 'x']);
  });
});
