import { describe, expect, it } from 'vitest';
import { findEntities, findFigures, mentions } from '../../utils/core/entities';
import { buildQuery, searchKeywords } from '../../utils/core/query';
import { splitSentences, terms } from '../../utils/core/text';

describe('splitSentences', () => {
  it('does not split after abbreviations and keeps paragraphs apart', () => {
    expect(splitSentences('Mr. Huang met Dr. Lee in the U.S. on Friday. They talked.\n\nA new paragraph.')).toEqual([
      'Mr. Huang met Dr. Lee in the U.S. on Friday.',
      'They talked.',
      'A new paragraph.',
    ]);
  });
});

describe('terms', () => {
  it('drops stop words and folds plurals and possessives', () => {
    expect(terms("Nvidia's processors are shipping to the chipmakers")).toEqual(['nvidia', 'processor', 'shipping', 'chipmaker']);
  });
  it('segments text beyond English', () => {
    expect(terms('東京で会議が開かれた', 'ja')).toEqual(expect.arrayContaining(['東京', '会議']));
  });
});

describe('entities', () => {
  it('finds multi-word names, not sentence openers or titles', () => {
    const names = findEntities('President Lee Jae-myung met Jensen Huang in Gyeongju. Analysts said South Korea gained. Jensen Huang smiled.').map((e) => e.name);
    expect(names).toContain('Jensen Huang');
    expect(names).toContain('South Korea');
    expect(names).toContain('Lee Jae-myung');
    expect(names).not.toContain('Analysts');
    expect(names).not.toContain('President');
  });
  it('matches names as whole words', () => {
    expect(mentions('the South Korean won', 'South Korea')).toBe(false);
    expect(mentions('deal with South Korea.', 'south korea')).toBe(true);
  });
  it('finds the figures a story is known by', () => {
    expect(findFigures('more than 260,000 GPUs, $5 trillion, 2% in 2025')).toEqual(['260,000', '$5 trillion', '2%']);
  });
});

describe('buildQuery', () => {
  it('searches by the article, never by its URL, with keywords news APIs accept', () => {
    const q = buildQuery({
      title: 'Nvidia to supply 260,000 GPUs to South Korea',
      text: 'Nvidia will supply South Korea with 260,000 chips. Samsung and Hyundai will use them. Nvidia said AI demand is high.',
      publishedTime: '2025-10-31T00:00:00Z',
      lang: 'en',
    });
    expect(q.entities.slice(0, 2)).toEqual(['Nvidia', 'South Korea']);
    const kw = searchKeywords(q, 3);
    expect(kw).toHaveLength(3);
    expect(kw.every((k) => k.length >= 3)).toBe(true);
  });
});
