/** The news search string: one required clause, then one OR group, in the syntax GDELT and Google News read. */
import { describe, expect, it } from 'vitest';
import { searchString, type StoryQuery } from '../../utils/core/query';
import { parseSearch } from '../newsroom/apis';

const query = (q: Partial<StoryQuery>): StoryQuery => ({ entities: [], keyTerms: [], figures: [], date: null, lang: 'en', ...q });

describe('searchString', () => {
  it('requires the main name and takes the rest as alternatives', () => {
    const s = searchString(query({ entities: ['Nvidia', 'South Korea'], keyTerms: ['nvidia', 'gpu', 'supply', 'korea', 'samsung'], figures: ['260,000', '5'] }));
    expect(s).toBe('Nvidia ("South Korea" OR gpu OR supply OR samsung OR "260,000")');
    expect(parseSearch(s).clauses).toEqual([['nvidia'], ['south korea', 'gpu', 'supply', 'samsung', '260,000']]);
  });

  it('puts parentheses only around alternatives (GDELT refuses them around one term)', () => {
    expect(searchString(query({ entities: ['Kalmaegi'], keyTerms: ['typhoon'] }))).toBe('Kalmaegi typhoon');
    expect(searchString(query({ keyTerms: ['typhoon'] }))).toBe('typhoon');
    expect(searchString(query({}))).toBe('');
  });
});

describe('googleNewsQuery', () => {
  it('bounds the search to the story window with after:/before:', async () => {
    const { googleNewsQuery } = await import('../../utils/sources/google-news');
    const s = googleNewsQuery(query({ entities: ['Kalmaegi'], keyTerms: ['typhoon', 'cebu'], date: '2025-11-10T08:00:00Z' }));
    expect(s).toBe('Kalmaegi (typhoon OR cebu) after:2025-10-27 before:2025-11-18');
    const parsed = parseSearch(s);
    expect(parsed.after).toBe(Date.parse('2025-10-27T00:00:00Z'));
    expect(parsed.before).toBe(Date.parse('2025-11-18T00:00:00Z'));
    expect(googleNewsQuery(query({ entities: ['Kalmaegi'] }))).toBe('Kalmaegi');
  });
});
