/** What's behind the headline: each heading is a whole phrase of the sources, never one cut before its amount. */
import { describe, expect, it } from 'vitest';
import { composeBehind, headingForm } from '../../utils/brief/behind';
import { storyContext } from '../../utils/brief/context';
import { isSpeech } from '../../utils/core/quotes';

describe('theme headings', () => {
  const sources = 'Victor Crane was ordered to pay dlrs 9 million to the estate. The agency is seeking estate taxes of 4 percent.';
  it('never end in a unit whose amount the phrase lost ("Pay dlrs")', () => {
    expect(headingForm('pay dlrs', sources)).toBeUndefined();
    expect(headingForm('taxes of 4 percent', sources)).toBeUndefined();
    expect(headingForm('billion coins', 'The bank will mint 13 billion coins.')).toBeUndefined();
    expect(headingForm('Senior Police Sgt', 'Senior Police Sgt. Alan Thomson said so.')).toBeUndefined();
  });
  it('never is an adverb before a verb, a lone ordinal or participle, or a distance without its number', () => {
    const text = 'The suspects refused to otherwise cooperate. It was the second attack, the police were mistaken, and the camp lies 40 miles north of the city.';
    for (const p of ['otherwise cooperate', 'second', 'mistaken', 'miles north']) expect(headingForm(p, text), p).toBeUndefined();
  });
  it('keeps a whole phrase the sources write', () => {
    expect(headingForm('estate taxes', sources)).toBe('estate taxes');
  });
  it('heads a theme with the name a lone first name or surname stands for', () => {
    const text = 'Ronald Goldman was killed in 1994. The family of Ronald Goldman sued. Goldman said the estate owed dlrs 33.5 million. The show was written by Larry David. David said it was over, and David left.';
    expect(headingForm('Ronald', text)).toBe('Ronald Goldman');
    expect(headingForm('David', text)).toBe('Larry David');
    // A name the sources mostly write alone stays as it is.
    expect(headingForm('Goldman', 'Goldman said so. Goldman left. Goldman won. Ronald Goldman spoke.')).toBe('Goldman');
  });
});

describe('theme sentences: the story told, not speech', () => {
  it('tells speech (a sentence that opens with a quote, is mostly quoted, or whose quote opens elsewhere) from a quoted phrase in a reported sentence', () => {
    expect(isSpeech('"We will not pay," the minister said.')).toBe(true);
    expect(isSpeech('The minister said: “We will not pay a single franc to anyone.”')).toBe(true);
    expect(isSpeech('He said the talks had to be adjourned to allow “further consultations')).toBe(true);
    expect(isSpeech('Angelina Jolie, on recalling her father\'s Oscar for “Coming Home\' “My parents came over to the hotel today.')).toBe(true);
    expect(isSpeech('Dr. Leonard Seeff, a senior scientist at the institute, said, “The inference from the word is clear.”')).toBe(true);
    expect(isSpeech('Hatch said the Senate will keep “a close eye” on the copyright fight between the recording industry and the distributors.')).toBe(false);
    expect(isSpeech('In view of the “tension which reigns in the sub-continent,” arms exports to both countries will be halted for now, officials added.')).toBe(false);
    expect(isSpeech('Switzerland will cut its aid to India and Pakistan, the government said.')).toBe(false);
  });
  it('lets a reported sentence with a quoted phrase serve a theme', () => {
    const sentences = [
      'Switzerland will slash its development aid to India and Pakistan because of the two countries\' nuclear tests, the Swiss government said Monday.',
      'Officials in the capital Bern said the aid would be cut by 4 million Swiss francs for the coming financial year.',
      'The Swiss authorities have already condemned the two countries\' tests and urged their governments to refrain from further nuclear testing.',
      'In view of the “tension which reigns in the Indian sub-continent,” arms exports to the two countries will also be halted for the time being, officials added.',
    ];
    const ctx = storyContext({
      storyId: 's',
      article: { url: 'https://wire.example/a', canonicalUrl: 'https://wire.example/a', title: 'Switzerland cuts aid to India, Pakistan', byline: null, siteName: 'Wire', publishedTime: '1998-06-15T10:00:00Z', modifiedTime: null, lang: 'en', excerpt: null, text: sentences.join('\n\n'), html: '', wordCount: 90, isArticle: true, extractionMs: 0 },
      coverage: [],
      topics: [],
    });
    // What's happened has told the first two.
    for (const s of sentences.slice(0, 2)) ctx.used.add(s);
    const told = composeBehind(ctx, 'Switzerland cuts aid to India, Pakistan').flatMap((t) => t.paragraph.map((s) => s.text));
    expect(told.some((s) => s.includes('arms exports'))).toBe(true);
  });
});
