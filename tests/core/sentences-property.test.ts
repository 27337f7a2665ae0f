/**
 * The sentence splitter on arbitrary Unicode (issue 14): it never loses or invents text, never
 * cuts a character or a joined cluster apart, and gives back sentences in Arabic, Persian, Hindi
 * and emoji ZWJ sequences exactly as they were written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/core/text';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const noSpace = (s: string) => s.replace(/\s+/g, '');
const graphemes = (s: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(noSpace(s))].map((g) => g.segment);

/** Words with the joiners the gate keeps: ZWNJ in Persian, virama + ZWJ in Hindi, ZWJ emoji. */
const WORDS = {
  ar: ['السلام', 'عليكم', 'الحكومة', 'قالت', 'إن'],
  fa: ['می‌خواهم', 'نمی‌دانم', 'کتاب‌ها', 'دولت', 'گفت'],
  hi: ['हिन्दी', 'क्‍ष', 'सरकार', 'ने', 'कहा'],
  en: ['👩‍👩‍👧‍👦', '🏳️‍🌈', '👨🏽‍💻', 'Nvidia', 'said'],
} as const;
/** Terminators that always end a sentence (Unicode STerm): Latin !/?, Arabic question mark, Devanagari danda. */
const ENDS = { ar: ['؟', '!'], fa: ['؟', '!'], hi: ['।', '?'], en: ['!', '?'] } as const;

describe('splitSentences on arbitrary Unicode', () => {
  it('keeps every character: the sentences hold the text, whitespace aside, with no lone surrogate made', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('. ', 'Mr. ', '\n\n', '؟ ', '। ', ...Object.values(WORDS).flat()));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('en', 'ar', 'fa', 'hi'), (parts, lang) => {
        const text = parts.join('');
        const out = splitSentences(text, lang);
        expect(noSpace(out.join(''))).toBe(noSpace(text));
        for (const s of out) {
          expect(s).toBe(s.trim());
          expect(s.length).toBeGreaterThan(0);
          if (!LONE.test(text)) expect(LONE.test(s)).toBe(false);
        }
      }),
    );
  });

  it('never cuts a grapheme cluster (a ZWJ emoji, a Persian or Hindi joined word) between two sentences', () => {
    const piece = fc.constantFrom(' ', '! ', '؟', '।', '. ', ...Object.values(WORDS).flat());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(splitSentences(text).flatMap(graphemes)).toEqual(graphemes(text));
      }),
    );
  });

  it('round-trips sentences of Arabic, Persian, Hindi and emoji ZWJ words that end as those scripts end them', () => {
    const langs = Object.keys(WORDS) as (keyof typeof WORDS)[];
    const sentencesIn = (lang: keyof typeof WORDS) =>
      fc.array(
        fc.tuple(fc.array(fc.constantFrom(...WORDS[lang]), { minLength: 1, maxLength: 8 }), fc.constantFrom(...ENDS[lang])).map(([words, end]) => words.join(' ') + end),
        { minLength: 1, maxLength: 6 },
      );
    fc.assert(
      fc.property(
        fc.constantFrom(...langs).chain((lang) => fc.tuple(fc.constant(lang), sentencesIn(lang))),
        ([lang, sentences]) => {
          expect(splitSentences(sentences.join(' '), lang)).toEqual(sentences);
        },
      ),
    );
  });
});
