import { describe, expect, it } from 'vitest';
import { isNounish, mayEndInVerb, phrasesOf } from '../../utils/core/phrases';
import { findSpeakers } from '../../utils/core/quotes';

const texts = (s: string) => phrasesOf(s).map((p) => p.text);

describe('key phrases', () => {
  it('keeps a number with thousands separators whole and never yields a bare figure', () => {
    const out = texts("Seoul's chip stocks extend record gains after Nvidia's 260,000-GPU pledge.");
    expect(out).toContain('260,000-GPU pledge');
    expect(out.some((t) => /^0/.test(t) || /^\d[\d,.]*$/.test(t))).toBe(false);
  });
  it('still breaks at a comma between a year and a figure', () => {
    expect(texts('Prices rose in 2025, 300 analysts agree.')).not.toContain('2025, 300');
  });
  it('ends a phrase at a headline verb', () => {
    expect(texts('Korea deal fuels rally in Seoul')).toEqual(expect.arrayContaining(['Korea deal']));
    expect(texts('Korea deal fuels rally in Seoul').some((t) => /fuels/.test(t))).toBe(false);
    expect(texts('ECB holds rates as Lagarde sounds calmer').some((t) => /holds|sounds|calmer/.test(t))).toBe(false);
    expect(texts('Traders expect interest rate cuts.')).toContain('interest rate cuts');
  });
  it('tells a phrase that may end in a verb or a reflexive pronoun ("Senators feel", "Charges themselves") from a name for something', () => {
    expect(mayEndInVerb('Senators feel')).toBe(true);
    expect(mayEndInVerb('Charges themselves')).toBe(true);
    expect(mayEndInVerb('Censure resolution')).toBe(false);
  });
  it('drops a trailing past form', () => {
    expect(texts('The night Cebu flooded.')).not.toContain('night Cebu flooded');
  });
  it('tells names and noun phrases from lone adjectives and demonyms', () => {
    expect(isNounish('sovereign AI')).toBe(true);
    expect(isNounish('Samsung')).toBe(true);
    expect(isNounish('Korean')).toBe(false);
    expect(isNounish('powering')).toBe(false);
    expect(isNounish('260,000')).toBe(false);
  });
});

describe('speakers', () => {
  it('does not take the tail of an institution for a person', () => {
    expect(findSpeakers('The Ministry of Foreign Affairs said the aid would go out on Friday.')).toEqual([]);
    expect(findSpeakers('"We are ready," Kim Soo-yeon said.')).toEqual(['Kim Soo-yeon']);
  });
  it('never takes a place, a body named in passing or a sentence opener for a speaker', () => {
    expect(findSpeakers('Mayor Rudy Giuliani said in New York that the plan was sound.')).toEqual(['Mayor Rudy Giuliani']);
    expect(findSpeakers('The chairman of the Teachers Service Commission said talks had failed.')).toEqual([]);
    expect(findSpeakers('Although Hatch said he would vote no, the bill passed.')).toEqual([]);
    expect(findSpeakers('"Yes," said chief executive Jane Doe.')).toEqual(['Jane Doe']);
  });
  it('never takes a law for a speaker, nor the first words of a longer name', () => {
    expect(findSpeakers('Stevens said the Line Item Veto Act "gives the president the unilateral power to change the text."')).toEqual([]);
    expect(findSpeakers('The Line Item Veto Act said nothing of the kind, the court ruled.')).toEqual([]);
    expect(findSpeakers('"It is over," said Trent Lott, the Senate leader.')).toEqual(['Trent Lott']);
    expect(findSpeakers('"We are sorry," Cardinal Bernard Law said.')).toEqual(['Cardinal Bernard Law']);
    // A title before a two-word name is one word more than a bare name, and still whole.
    expect(findSpeakers('"We will act," said Prime Minister Keizo Obuchi on Tuesday.')).toEqual(['Prime Minister Keizo Obuchi']);
  });
});
