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
  it('does not split after a title written short, plural or not', () => {
    expect(splitSentences('Two champions of the veto, Sens. John McCain and Dan Coats, were silent. The Rev. Jesse Jackson and Adm. William Crowe spoke. Capt. Ruiz agreed.')).toEqual([
      'Two champions of the veto, Sens. John McCain and Dan Coats, were silent.',
      'The Rev. Jesse Jackson and Adm. William Crowe spoke.',
      'Capt. Ruiz agreed.',
    ]);
  });
  // A text with no terminator but at its end skips the segmenter: it must split where the segmenter would.
  it('splits one-sentence texts as the segmenter does, in every script', () => {
    const viaSegmenter = (text: string, lang: string) => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim()).filter(Boolean);
    const cases: [string, string][] = [
      ['He said so', 'en'],
      ['He said so.', 'en'],
      ['Did he?!', 'en'],
      ['He left.”', 'en'],
      ['He left (again).', 'en'],
      ['He said. )', 'en'],
      ['Τι είναι; Ναι', 'el'],
      ['Τι είναι;', 'el'],
      ['東京で会議が開かれた。', 'ja'],
      ['東京で会議が開かれた。大阪でも', 'ja'],
      ['आज बारिश हुई। कल धूप', 'hi'],
      ['هل هذا صحيح؟ نعم', 'ar'],
      ['one\u0085two', 'en'],
    ];
    for (const [text, lang] of cases) expect(splitSentences(text, lang), `${lang}: ${text}`).toEqual(viaSegmenter(text, lang));
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
  it('ends a name at a mark between words, and reads no dateline, date or typesetting code as one', () => {
    const names = findEntities(
      'WASHINGTON (AP) _ The Supreme Court on Thursday struck down the law, and Justices David Souter, Clarence Thomas and Ruth Bader Ginsburg joined the opinion. ' +
        'Two Israelis were arrested in Cyprus in August. &QL; Vice President Al Gore said Richard G. Butler would appeal.',
    ).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Supreme Court', 'David Souter', 'Israelis', 'Cyprus', 'Al Gore', 'Richard G Butler']));
    for (const junk of ['WASHINGTON', 'AP', 'August', 'Thursday', 'QL', 'Two Israelis', 'Vice President Al Gore']) expect(names).not.toContain(junk);
    expect(names.some((n) => n.includes('Souter') && n.includes('Thomas'))).toBe(false);
  });
  it('ends a name before the day it ran on into, and keeps days that are names', () => {
    const names = findEntities('Malaysian Prime Minister Mahathir Mohamad Friday rejected the claim. Voters went to the polls on Super Tuesday and again after Good Friday.').map((e) => e.name);
    expect(names.some((n) => n.endsWith('Mahathir Mohamad'))).toBe(true);
    expect(names.some((n) => n.endsWith('Friday') && n.includes('Mohamad'))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['Super Tuesday', 'Good Friday']));
  });
  it('never takes an adverb or conjunction opening a sentence for a name', () => {
    // An editorial that never writes "rather" in lower case: the opener rule alone let it through.
    const names = findEntities('Rather than heed the advice of its own board, the Department of Agriculture stumbled. Instead, Dan Rather reported it. During World War II it was different.').map((e) => e.name);
    expect(names).not.toContain('Rather');
    expect(names).not.toContain('Instead');
    expect(names).toEqual(expect.arrayContaining(['Department of Agriculture', 'Dan Rather', 'World War II']));
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
