/** The story evaluation's definitions, on a written corpus: gold, the window, micro averages, verbatim. */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../newsroom/corpus-file';
import { compare, fold, goldOf, inWindow, isVerbatim, summarise, type StoryLine } from './score';

const corpus = readCorpus(
  [
    { id: 'a', title: 'A', text: 'The dam was approved on Monday.', outlet: 'W', published: '1999-03-10', story: 's' },
    { id: 'b', title: 'B', text: 'Council backs the “dam”.', outlet: 'T', published: '1999-03-11', story: 's' },
    { id: 'c', title: 'C', text: 'Old news about the dam.', outlet: 'T', published: '1999-01-01', story: 's' },
    { id: 'd', title: 'D', text: 'Water rights story.', outlet: 'W', published: '1999-03-13', story: 'w', also_in: ['s'] },
    { id: 'e', title: 'E', text: 'Elsewhere.', outlet: 'W', published: '1999-03-10', story: 'x' },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n'),
);
const [a, b, c, d] = corpus.articles;

describe('story evaluation scoring', () => {
  it('gold is every other article sharing a story (also_in counts), never the one read', () => {
    expect(goldOf(a!, corpus.articles).map((x) => x.id)).toEqual(['b', 'c', 'd']);
  });
  it('the window runs from 14 days before the article to two days after, by the corpus dates', () => {
    expect([b, c, d].map((x) => inWindow(a!, x!))).toEqual([true, false, false]);
  });
  it('compares what the page marks same story and what it shows anywhere with the gold', () => {
    expect(compare(a!, corpus.articles, ['b', 'e'], ['b', 'c', 'e'], ['c'])).toEqual({ gold_in_window: 1, gold_total: 3, same_gold_in_window: 1, same_gold_all: 1, found_gold_in_window: 1, earlier_gold: 1 });
  });
  it('micro averages over pairs', () => {
    const line = (o: Partial<StoryLine>): StoryLine => ({
      id: 'x', first_section_ms: 100, complete_ms: 500, late_merges: 0, stuck: false, not_article: false, same: [], related: [], earlier: [], found: [],
      gold_in_window: 0, gold_total: 0, same_gold_in_window: 0, same_gold_all: 0, found_gold_in_window: 0, earlier_gold: 0, no_coverage: false,
      citations: { checked: 0, verbatim: 0 }, sections_filled: false, requests: {}, violations: {}, ...o,
    });
    const s = summarise([
      line({ same: ['b', 'e'], same_gold_all: 1, gold_total: 3, gold_in_window: 1, same_gold_in_window: 1, found_gold_in_window: 1, citations: { checked: 4, verbatim: 4 }, sections_filled: true, violations: { 'counts-agree': 1 } }),
      line({ same: [], earlier: ['c', 'e'], earlier_gold: 1, gold_total: 2, gold_in_window: 2, no_coverage: true, complete_ms: null, stuck: true, citations: { checked: 2, verbatim: 1 } }),
    ]);
    expect(s).toMatchObject({ stories: 2, stuck: 1, no_coverage: 1, no_coverage_with_gold_in_window: 1, same_story_precision: 0.5, same_story_recall_in_window: 0.333, same_story_recall_all: 0.2, found_in_window: 0.333, complete_ms_median: 500, citations_verbatim: 0.833, sections_filled: 0.5, pages_with_earlier: 1, earlier_items: 2, earlier_precision: 0.5, violations_total: 1 });
  });
  it('a sentence is verbatim when a cited source holds it, whitespace and quote styles folded', () => {
    expect(isVerbatim('Council backs the "dam".', ['Council  backs the “dam”.'])).toBe(true);
    expect(isVerbatim('Council backs the plan.', ['Council backs the “dam”.'])).toBe(false);
    // A feed's summary cut at its length limit: the words before the ellipsis, all of them.
    expect(isVerbatim('Council backs the…', ['Council backs the “dam”.'])).toBe(true);
    expect(isVerbatim('Council backs the plan…', ['Council backs the “dam”.'])).toBe(false);
    expect(isVerbatim('…', ['Council backs the “dam”.'])).toBe(false);
    expect(fold('“A”  ‘b’')).toBe('"a" \'b\'');
  });
});
