/** The scorer of the hand-written claims fixtures: what counts as a match, and a false "differs". */
import { describe, expect, it } from 'vitest';
import type { StoryBrief } from '../../utils/brief/schema';
import type { ExpectedItem } from '../fixtures/claims/expected';
import { scoreClaims } from './claims-score';

const src = (id: string, outlet: string) => ({ id, outlet, domain: `${id}.example`, title: id, url: `https://${id}.example/`, isReaderArticle: id === 'a', foundBy: 'feeds' });
const brief = (papers: StoryBrief['papers']): StoryBrief => ({
  storyId: 's', engine: 'extractive', generatedAt: '', headline: 'h', happened: [], behind: [], background: { paragraph: [], timeline: [] }, questions: [], topics: [],
  sources: [src('a', 'Wire'), src('b', 'Times'), src('c', 'Herald')],
  papers,
});
const row = (sourceId: string, outlet: string, angle: { text: string; cites: string[] }[] = []) => ({ sourceId, outlet, headline: 'h', angle });

describe('scoreClaims', () => {
  const expected: ExpectedItem[] = [
    { kind: 'agreed', outlets: ['Wire', 'Times'], key: '260,000', why: '' },
    { kind: 'only', outlets: ['Herald'], key: ['Naver'], why: '' },
    { kind: 'differs', outlets: ['Wire', 'Times'], key: ['114', '66'], why: '' },
  ];
  it('matches items that cite the same outlets and state the key, and counts a differs item no one expected', () => {
    const b = brief({
      overview: [],
      agreed: [{ key: '260000', quotes: [{ text: 'Nvidia will ship 260,000 GPUs.', cites: ['a'] }, { text: 'It pledged 260,000 chips.', cites: ['b'] }] }],
      differs: [
        { what: 'people killed', values: [{ value: '114', quote: { text: 'At least 114 people were killed.', cites: ['a'] } }, { value: '66', quote: { text: 'It killed 66 people.', cites: ['b'] } }] },
        { what: 'shares', values: [{ value: '3%', quote: { text: 'Shares rose 3%.', cites: ['a'] } }, { value: '5%', quote: { text: 'Shares rose 5%.', cites: ['c'] } }] },
      ],
      outlets: [row('a', 'Wire'), row('b', 'Times'), row('c', 'Herald', [{ text: 'Naver gets 60,000.', cites: ['c'] }])],
    });
    const score = scoreClaims(b, expected);
    expect(score.recall).toBe(1);
    expect(score.falseDiffers).toHaveLength(1);
  });
  it('misses an item citing another set of outlets, a key not stated, or a figure inside a longer number', () => {
    const b = brief({
      overview: [],
      agreed: [{ key: '260,000', quotes: [{ text: 'Nvidia will ship 260,000 GPUs.', cites: ['a'] }, { text: 'It pledged 260,000 chips.', cites: ['c'] }] }],
      differs: [{ what: 'people killed', values: [{ value: '1140', quote: { text: 'At least 1140 people were killed.', cites: ['a'] } }, { value: '66', quote: { text: 'It killed 66 people.', cites: ['b'] } }] }],
      outlets: [row('a', 'Wire'), row('b', 'Times'), row('c', 'Herald', [{ text: 'Samsung gets 50,000.', cites: ['c'] }])],
    });
    const score = scoreClaims(b, expected);
    expect(score.recall).toBe(0);
    expect(score.missed).toHaveLength(3);
  });
});
