import { describe, expect, it } from 'vitest';
import { citationRuns } from '@/components/Cited';

describe('citationRuns', () => {
  it('groups three or more consecutive sources into one range', () => {
    expect(citationRuns([1, 2, 3, 4, 5, 6])).toEqual([[1, 2, 3, 4, 5, 6]]);
    expect(citationRuns([6, 2, 4, 3, 5, 1, 9])).toEqual([[1, 2, 3, 4, 5, 6], [9]]);
  });
  it('keeps a pair and lone numbers apart, once each', () => {
    expect(citationRuns([1, 2])).toEqual([[1], [2]]);
    expect(citationRuns([3, 1, 3, 7])).toEqual([[1], [3], [7]]);
    expect(citationRuns([])).toEqual([]);
  });
});
