/**
 * What the papers say, headline framing: what an outlet's headline leads with is a name or figure
 * of the story, whatever case the headline is set in — never a rubric, a verb or a run of capitals.
 */
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../utils/brief/extractive';
import type { ComposeInput } from '../../utils/brief/engine';

const READER_TEXT = [
  'A jury ordered the Aryan Nations and its founder Richard Butler to pay $6.3 million to a mother and her son who were attacked by guards outside the group’s compound in northern Idaho.',
  'The verdict could bankrupt the white supremacist group, lawyers for the family said on Thursday after the jury returned its decision in Coeur d’Alene.',
  'Morris Dees of the Southern Poverty Law Center, who represented the family, said the award would let them take the compound and its land.',
  'Butler told reporters outside the courthouse that the group would appeal and that it would not leave Idaho.',
].join('\n\n');

function input(readerTitle: string, others: { outlet: string; title: string; description: string }[]): ComposeInput {
  return {
    storyId: 's',
    article: {
      url: 'https://wire.example/a', canonicalUrl: 'https://wire.example/a', title: readerTitle, byline: null, siteName: 'Wire', publishedTime: '2000-09-08T10:00:00Z', modifiedTime: null,
      lang: 'en', excerpt: null, text: READER_TEXT, html: '', wordCount: READER_TEXT.split(/\s+/).length, isArticle: true, extractionMs: 0,
    },
    coverage: others.map((o, i) => ({
      id: `c${i}`, url: `https://${o.outlet.toLowerCase().replace(/\W+/g, '')}.example/${i}`, outlet: { name: o.outlet, domain: `${o.outlet.toLowerCase().replace(/\W+/g, '')}.example` },
      title: o.title, description: o.description, published: '2000-09-08T12:00:00Z', source: 'feeds', score: 1, relation: 'same-story' as const,
    })),
    topics: [],
  };
}

const framingOf = (brief: ReturnType<typeof composeExtractive>, outlet: string) => brief.papers.outlets.find((o) => o.outlet === outlet)?.framing?.text;

describe('headline framing', () => {
  it('finds a title-case headline\'s lead by the story\'s names and figures, not by its capitals', () => {
    const brief = composeExtractive(
      input('Jury: Aryans To Pay $6.3M in Suit', [
        { outlet: 'Daily Record', title: 'COURTHOUSE FIGHTER TAKES ON ARYAN NATIONS', description: 'Morris Dees has spent three decades suing hate groups into bankruptcy, and the Aryan Nations is his latest target.' },
      ]),
    );
    expect(framingOf(brief, 'Wire')).toMatch(/^Its headline leads with \$6\.3M\b/);
    // A headline set in capitals: its words are not names because they are capitalised.
    const other = framingOf(brief, 'Daily Record');
    expect(other ?? '').not.toMatch(/COURTHOUSE|FIGHTER|TAKES/);
  });

  it('never takes a rubric or a run of capitals for what a headline leads with', () => {
    const brief = composeExtractive(
      input('Aryan Nations ordered to pay $6.3 million to mother and son', [
        { outlet: 'Daily Record', title: 'EDITORIAL: A VERDICT THAT DEEPENS THE MYSTERY', description: 'The verdict against Richard Butler leaves Idaho with a question about what becomes of the compound.' },
      ]),
    );
    for (const o of brief.papers.outlets) expect(o.framing?.text ?? '', o.outlet).not.toMatch(/EDITORIAL|VERDICT|DEEPENS|MYSTERY/);
  });

  it('reads no dateline, and no name a feed summary cut at an initial, as what a headline leads with', () => {
    const brief = composeExtractive(
      input('Aryan Nations ordered to pay $6.3 million to mother and son', [
        { outlet: 'Daily Record', title: 'COEUR D’ALENE, Idaho _ A jury told the Aryan Nations to pay…', description: 'COEUR D’ALENE, Idaho _ A jury told the Aryan Nations to pay $6.3 million to a mother and son.' },
        // A summary cut after its first "sentence", which ended at an initial.
        { outlet: 'Mountain News', title: 'Richard G. Butler says his group will appeal', description: 'The verdict was a blow to the group founded in the 1970s by Richard G.' },
      ]),
    );
    const lines = brief.papers.outlets.map((o) => o.framing?.text ?? '');
    for (const l of lines) expect(l).not.toMatch(/coeur|alene|\b\p{Lu}\.$/iu);
  });

  it('takes neither a word capitalised only where a sentence opens nor a lone digit for a lead', () => {
    const quake = (title: string) => ({ outlet: 'Wire', title });
    const text = [
      'The earthquake that struck western Turkey earlier this week was made up of two consecutive quakes, a leading geologist said Sunday.',
      'Another strong earthquake with a magnitude of 5.0 struck western Turkey on Sunday, the semi-official Anatolia News Agency reported.',
      'Aykut Barka of Istanbul Technical University said the tremors were 20 seconds apart, near the town of Izmit east of Istanbul.',
    ].join('\n\n');
    const base = input('Geologist: 2 Quakes Hit Turkey', [{ ...quake('Another Earthquake Occurs in Western Turkey'), outlet: 'Xinhua', description: 'Another strong earthquake with a magnitude of 5.0 struck western Turkey on Sunday.' }]);
    const brief = composeExtractive({ ...base, article: { ...base.article, text } });
    for (const o of brief.papers.outlets) expect(o.framing?.text ?? '', o.outlet).not.toMatch(/leads with (?:2|Another)\b|name (?:2|Another)\b/);
  });

  it('takes a story name a sentence-case headline opens with whole ("Library of Congress", not "Library")', () => {
    const brief = composeExtractive(
      input('Library of Congress rejects the Aryan Nations archive', [
        { outlet: 'Daily Record', title: 'Idaho jury tells Richard Butler to pay $6.3 million', description: 'The Library of Congress said the archive would not be kept, and Butler said the group would appeal the verdict.' },
      ]),
    );
    expect(framingOf(brief, 'Wire')).toMatch(/^Its headline leads with Library of Congress\b/);
  });
});
