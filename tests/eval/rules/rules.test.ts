/**
 * Each page check flags the failures seen on real newswire (written here as synthetic examples:
 * no corpus text is committed) and passes good pages.
 */
import { describe, expect, it } from 'vitest';
import { agreedIsShared } from './agreed-is-shared';
import { countsAgree } from './counts-agree';
import { differsSameQuantity } from './differs-same-quantity';
import { headingsArePhrases } from './headings-are-phrases';
import { newsFirst } from './news-first';
import { noDanglingReference } from './no-dangling-reference';
import type { PageView } from './page';
import { papersOneRowPerOutlet } from './papers-one-row-per-outlet';
import { questionsAnswered } from './questions-answered';
import { quotesSpeakers } from './quotes-speakers';
import { topicsAreNames } from './topics-are-names';

const s = (text: string) => ({ text, cites: ['https://a.example/1'] });
const page = (p: Partial<PageView>): PageView => ({
  headline: 'Dam approved',
  readerUrl: 'https://a.example/1',
  happened: [],
  themes: [],
  papers: { overview: [], rows: [] },
  questions: [],
  sources: [
    { outlet: 'Wire', url: 'https://a.example/1', title: 'Dam approved' },
    { outlet: 'Times', url: 'https://t.example/1', title: 'Council backs dam' },
    { outlet: 'Herald', url: 'https://h.example/1', title: 'Fishermen fear dam' },
  ],
  asked: [],
  sourceText: {
    'https://a.example/1': 'The Army Corps of Engineers approved the dam near Santa Ana Pueblo. Roy Keane, a fisherman, said Roy Keane would sue. Nairobi was quiet. President Clinton said the dam was needed; Clinton spoke on Monday.',
  },
  ...p,
});
const row = (outlet: string, url: string, reader = false) => ({ outlet, url, reader, lines: [] });

describe('papers-one-row-per-outlet', () => {
  it('flags three rows for one newspaper, and the article being read shown as another view', () => {
    const bad = page({ papers: { overview: [], rows: [row('Times', 'https://t.example/1'), row('Times', 'https://t.example/2'), row('Times', 'https://t.example/3'), row('Wire', 'https://a.example/1')] } });
    expect(papersOneRowPerOutlet.check(bad)).toEqual(['Times has 3 rows', "the article being read (Wire) is shown as another outlet's view"]);
  });
  it('passes one row per outlet with the reader’s own marked', () => {
    expect(papersOneRowPerOutlet.check(page({ papers: { overview: [], rows: [row('Wire', 'https://a.example/1', true), row('Times', 'https://t.example/1')] } }))).toEqual([]);
  });
});

describe('counts-agree', () => {
  it('flags a count that disagrees with the list, and "of them" beyond it', () => {
    const bad = page({ papers: { overview: [s('2 outlets cover this story: Wire and Times.'), s('Three of them mention the dam.')], rows: [] } });
    expect(countsAgree.check(bad)).toEqual([
      'What the papers say: "2 outlets" but the page lists 3 outlets',
      'What the papers say: "Three of them" of only 2',
    ]);
  });
  it('flags "of them" beyond the stated count', () => {
    expect(countsAgree.check(page({ papers: { overview: [s('Three outlets cover this story, and four of them mention the dam.')], rows: [] } }))).toEqual(['What the papers say: "four of them" of only 3']);
  });
  it('passes counts that agree, and numbers that count something else', () => {
    expect(countsAgree.check(page({ happened: [s('Three outlets cover the story; two of them quote the mayor.'), s('The dam will flood 3 villages and 40 farms.')] }))).toEqual([]);
  });
  it('reads only the page\'s own lines: a sentence lifted from a source counts things in the world', () => {
    const lifted = 'The House approved two articles of impeachment and five reports on Monday.';
    const text = { 'https://a.example/1': `The vote was close. ${lifted} Debate ended.` };
    expect(countsAgree.check(page({ sourceText: text, happened: [s(lifted)] }))).toEqual([]);
    // The same words written by the page itself would count its sources: flagged.
    expect(countsAgree.check(page({ happened: [s(lifted)] }))).toEqual(['What\'s happened: "two articles" but the page lists 3 articles', 'What\'s happened: "five reports" but the page lists 3 articles']);
  });
});

describe('topics-are-names', () => {
  it('flags a contraction, a pronoun and first names alone', () => {
    expect(topicsAreNames.check(page({ asked: ["I'm", 'They', 'Roy'] }))).toEqual([
      '"I\'m" is a contraction',
      '"They" is a pronoun',
      '"Roy" is a first name alone (the sources write it as part of a longer name 2 of 2 times)',
    ]);
  });
  it('passes names in full, places, and a surname the sources use alone', () => {
    expect(topicsAreNames.check(page({ asked: ['Roy Keane', 'Nairobi', 'Army Corps of Engineers', 'Clinton'] }))).toEqual([]);
  });
});

describe('headings-are-phrases', () => {
  const theme = (heading: string) => ({ heading, sentences: [] });
  it('flags a category label glued to two names, and a cut name', () => {
    const bad = page({ themes: [theme('Politics and power: Home and Bush administration'), theme('What comes next: Army Corps and Engineers'), theme('Water for Ana Pueblo')] });
    expect(headingsArePhrases.check(bad)).toEqual([
      '"Politics and power: Home and Bush administration" is a category label glued to names',
      '"What comes next: Army Corps and Engineers" is a category label glued to names',
      '"Water for Ana Pueblo": "Ana Pueblo" is cut (the sources write "Santa Ana Pueblo")',
    ]);
  });
  it('passes phrases a reader would write, names whole', () => {
    expect(headingsArePhrases.check(page({ themes: [theme('The dam and the fishermen'), theme('Army Corps of Engineers approves the plan'), theme('Water for Santa Ana Pueblo')] }))).toEqual([]);
  });
});

describe('quotes-speakers', () => {
  const T = 'https://t.example/1';
  const text =
    'The Army Corps of Engineers approved the dam on Monday. "It will hold," said Colonel Mary Ortiz. David Rosenberg, a fisherman, told reporters he would sue. ' +
    "Roy Keane, chairman of the Santa Ana Water Board, said the river would fall. EgyptAir Flight 990 crashed off the coast in 1999. " +
    'According to the Sierra Club, the dam will flood 3 villages. Mayor Ann Lee was at the site; she said it was a good day. The council’s spokesman said it agreed.';
  const rowPage = (...lines: string[]) => page({ papers: { overview: [], rows: [{ outlet: 'Times', url: T, reader: false, lines: lines.map(s) }] }, sourceText: { [T]: text } });
  it('flags a possessive fragment, an agency named in passing, an object and a name that never speaks', () => {
    expect(quotesSpeakers.check(rowPage("It quotes Army Corps' and David Rosenberg.", 'It quotes EgyptAir Flight.', 'It quotes Santa Ana Water Board and Army Corps of Engineers.', 'It quotes Although Rosenberg.'))).toEqual([
      'Times\'s row: "quotes Army Corps\'" is a possessive fragment, not a speaker',
      'Times\'s row: "quotes EgyptAir Flight" but EgyptAir Flight says nothing in its text',
      'Times\'s row: "quotes Santa Ana Water Board" but Santa Ana Water Board says nothing in its text',
      'Times\'s row: "quotes Army Corps of Engineers" but Army Corps of Engineers says nothing in its text',
      'Times\'s row: "quotes Although Rosenberg" is a name fragment glued to "Although"',
    ]);
  });
  it('passes speakers: "X, a …, told", "said Colonel X", "according to X", "X … she said", "X’s spokesman said"', () => {
    expect(quotesSpeakers.check(rowPage('It quotes David Rosenberg, Mary Ortiz and Roy Keane.', 'It quotes Sierra Club.', 'It quotes Mayor Ann Lee.', 'It quotes council.', 'Times stresses the dam.'))).toEqual([]);
  });
});

describe('questions-answered', () => {
  const q = (question: string, ...answer: string[]) => ({ question, answer: answer.map(s) });
  it('flags no answer, answers of the wrong kind, and a person the answer does not name', () => {
    const bad = page({
      questions: [
        q('Why is the dam being built?'),
        q('Why now?', 'Since then, the river has risen.'),
        q('What happens next?', 'The dam was approved on Monday.'),
        q('How much money is involved?', 'The dam will flood 3 villages and 40 farms.'),
        q('When will the dam open?', 'The dam will be tall.'),
        q('Where will the dam be built?', 'The dam will be tall.'),
        q('What does it mean for Roy Keane?', 'Fishermen fear the dam.'),
      ],
    });
    expect(questionsAnswered.check(bad)).toEqual([
      '"Why is the dam being built?" has no answer',
      '"Why now?": the answer gives no reason ("Since then, the river has risen.")',
      '"What happens next?": the answer gives no what comes next ("The dam was approved on Monday.")',
      '"How much money is involved?": the answer gives no sum of money ("The dam will flood 3 villages and 40 farms.")',
      '"When will the dam open?": the answer gives no time ("The dam will be tall.")',
      '"Where will the dam be built?": the answer gives no place ("The dam will be tall.")',
      '"What does it mean for Roy Keane?": the answer does not name Roy Keane ("Fishermen fear the dam.")',
    ]);
  });
  it('flags an answer about something else than the question’s subject', () => {
    expect(questionsAnswered.check(page({ questions: [q('Why did Clinton back the dam?', 'The council voted because the town needs water.')] }))).toEqual([
      '"Why did Clinton back the dam?": the answer is not about Clinton ("The council voted because the town needs water.")',
    ]);
  });
  it('passes answers of the kind asked, about the subject', () => {
    const good = page({
      questions: [
        q('Why now?', 'The vote came after two dry summers emptied the reservoir.'),
        q('What happens next?', 'Building is expected to start in the spring.'),
        q('How much money is involved?', 'The dam will cost $40 million.'),
        q('How many people will move?', 'About 1,200 residents will be moved.'),
        q('When will the dam open?', 'It is due to open in March 2001.'),
        q('Where will the dam be built?', 'It will rise near Santa Ana Pueblo.'),
        q('What does it mean for Roy Keane?', 'Keane, a fisherman, says he will lose his living.'),
        q('Why did Clinton back the dam?', 'Clinton said the dam was needed because the town runs dry.'),
        q('What else is known?', 'The river is 300 miles long.'),
      ],
    });
    expect(questionsAnswered.check(good)).toEqual([]);
  });
});

describe('no-dangling-reference', () => {
  const W = 'https://a.example/1';
  const text =
    'The council approved the dam on Monday. Such speeds were never reached. Colonel Mary Ortiz led the survey. She said the river would fall. ' +
    'Removing the weir would help the fish, she said. The latter was rejected. Since then, prices have risen. We all know the story of her long fight. ' +
    'After hearing this news, the mayor left. It is unclear when work will start. This year the river ran dry. Those who fish there object. ' +
    'The comedian said goodbye to his fans. The shop sells such fish as trout and carp.';
  const p = (happened: string[], answers: string[] = []) => page({ happened: happened.map(s), questions: answers.length ? [{ question: 'What else is known?', answer: answers.map(s) }] : [], sourceText: { [W]: text } });
  it('flags a sentence that leans on one not shown', () => {
    expect(noDanglingReference.check(p(['The council approved the dam on Monday.', 'She said the river would fall.', 'Such speeds were never reached.', 'The latter was rejected.', 'We all know the story of her long fight.'], ['Removing the weir would help the fish, she said.', 'Since then, prices have risen.', 'After hearing this news, the mayor left.']))).toEqual([
      'What\'s happened: "She said the river would fall." leans on "She" with nothing before it to stand for',
      'What\'s happened: "Such speeds were never reached." leans on "Such" with nothing before it to stand for',
      'What\'s happened: "The latter was rejected." leans on "The latter" with nothing before it to stand for',
      'What\'s happened: "We all know the story of her long fight." leans on "her" with nothing before it to stand for',
      'answer to "What else is known?": "Removing the weir would help the fish, she said." leans on "she said" with nothing before it to stand for',
      'answer to "What else is known?": "Since then, prices have risen." leans on "Since then" with nothing before it to stand for',
      'answer to "What else is known?": "After hearing this news, the mayor left." leans on "this news" with nothing before it to stand for',
    ]);
  });
  it('flags "such speeds" mid-sentence', () => {
    expect(noDanglingReference.check(page({ happened: [s('The train did not reach such speeds.')], sourceText: { [W]: 'The train did not reach such speeds.' } }))).toEqual([
      'What\'s happened: "The train did not reach such speeds." leans on "such speeds" with nothing before it to stand for',
    ]);
  });
  it('passes a sentence shown right after the one it follows in its source, expletive "it", "this year", "those who", "such X as", a pronoun after its noun, and the product’s own lines', () => {
    expect(noDanglingReference.check(p(['Colonel Mary Ortiz led the survey.', 'She said the river would fall.', 'It is unclear when work will start.', 'This year the river ran dry.', 'Those who fish there object.', 'It quotes Mary Ortiz.', 'The comedian said goodbye to his fans.', 'The shop sells such fish as trout and carp.']))).toEqual([]);
  });
});

describe('news-first', () => {
  const T = 'https://t.example/1';
  const text = 'The Army Corps of Engineers approved the Santa Ana dam on Monday, ending a 12-year fight over the river.';
  const p = (first: string) => page({ happened: [s(first)], sourceText: { 'https://a.example/1': `${first} More.`, [T]: text } });
  it('flags a scene-setting lede only the reader’s article has, sharing nothing with the others', () => {
    expect(newsFirst.check(p('The morning light fell softly over the quiet water.'))).toEqual([
      'What\'s happened opens with "The morning light fell softly over the quiet water.": only the reader\'s article has it, and it names no one and gives no number; it shares no name, number or key word with any other source',
    ]);
  });
  it('passes news the sources share, and a page with no other source', () => {
    expect(newsFirst.check(p('The Army Corps of Engineers approved a dam on the river near Santa Ana Pueblo on Monday.'))).toEqual([]);
    expect(newsFirst.check(page({ happened: [s('The morning light fell softly over the quiet water.')], sources: [{ outlet: 'Wire', url: 'https://a.example/1', title: 'Dam' }] }))).toEqual([]);
  });
});

describe('differs-same-quantity', () => {
  const q = (text: string, url: string) => ({ text, cites: [url] });
  const withDiffers = (differs: NonNullable<PageView['papers']['differs']>) => page({ papers: { overview: [], rows: [], differs } });
  it('passes the same toll given differently by two outlets, "dead" and "killed" alike', () => {
    const good = withDiffers([
      {
        what: 'people killed',
        values: [
          { value: '114', quote: q('At least 114 people were killed as Typhoon Kalmaegi crossed Cebu.', 'https://a.example/1') },
          { value: '66', quote: q('Typhoon Kalmaegi left 66 dead in Cebu province.', 'https://t.example/1') },
        ],
      },
    ]);
    expect(differsSameQuantity.check(good)).toEqual([]);
  });
  it('flags another quantity, another thing, one outlet, a value not in its sentence, equal values', () => {
    const evacuated = withDiffers([{ what: 'people killed', values: [{ value: '114', quote: q('At least 114 people were killed as Typhoon Kalmaegi crossed Cebu.', 'https://a.example/1') }, { value: '400,000', quote: q('Typhoon Kalmaegi forced 400,000 to leave Cebu.', 'https://t.example/1') }] }]);
    expect(differsSameQuantity.check(evacuated)).toEqual([expect.stringContaining('is not about people killed')]);
    const otherStorm = withDiffers([{ what: 'people killed', values: [{ value: '114', quote: q('At least 114 people were killed as Typhoon Kalmaegi crossed Cebu.', 'https://a.example/1') }, { value: '6,300', quote: q('Haiyan killed 6,300 in 2013.', 'https://t.example/1') }] }]);
    expect(differsSameQuantity.check(otherStorm)).toEqual([expect.stringContaining('another thing'), expect.stringContaining('another thing')]);
    const oneOutlet = withDiffers([{ what: 'people killed', values: [{ value: '114', quote: q('Kalmaegi killed 114 in Cebu.', 'https://a.example/1') }, { value: '66', quote: q('Kalmaegi killed 66 in Cebu by noon.', 'https://a.example/1') }] }]);
    expect(differsSameQuantity.check(oneOutlet)).toEqual(['differs "people killed" compares fewer than two outlets']);
    const notStated = withDiffers([{ what: 'people killed', values: [{ value: '114', quote: q('Kalmaegi killed 114 in Cebu.', 'https://a.example/1') }, { value: '66', quote: q('Kalmaegi killed dozens in Cebu.', 'https://t.example/1') }] }]);
    expect(differsSameQuantity.check(notStated)).toEqual([expect.stringContaining('66 is not in its sentence')]);
    const same = withDiffers([{ what: 'GPUs', values: [{ value: '260,000', quote: q('Nvidia will ship 260,000 GPUs to Korea.', 'https://a.example/1') }, { value: '260000', quote: q('Korea gets 260000 GPUs from Nvidia.', 'https://t.example/1') }] }]);
    expect(differsSameQuantity.check(same)).toEqual([expect.stringContaining('the values do not differ')]);
  });
});

describe('agreed-is-shared', () => {
  const text = 'Nvidia will ship more than 260,000 GPUs to Korea. Korea gets 260k Nvidia chips. The summit was in Gyeongju.';
  const shared = (agreed: NonNullable<PageView['papers']['agreed']>) =>
    page({ papers: { overview: [], rows: [], agreed }, sourceText: { 'https://a.example/1': text, 'https://t.example/1': text, 'https://h.example/1': text } });
  it('passes a fact two outlets state, a figure written two ways', () => {
    const good = shared([{ key: '260,000', quotes: [{ text: 'Nvidia will ship more than 260,000 GPUs to Korea.', cites: ['https://a.example/1'] }, { text: 'Korea gets 260k Nvidia chips.', cites: ['https://t.example/1'] }] }]);
    expect(agreedIsShared.check(good)).toEqual([]);
    const name = shared([{ key: 'Gyeongju', quotes: [{ text: 'The summit was in Gyeongju.', cites: ['https://a.example/1'] }, { text: 'The summit was in Gyeongju.', cites: ['https://h.example/1'] }] }]);
    expect(agreedIsShared.check(name)).toEqual([]);
  });
  it('flags a citation that does not state the fact, one outlet, and a quote not in its source', () => {
    const notStated = shared([{ key: '260,000', quotes: [{ text: 'Nvidia will ship more than 260,000 GPUs to Korea.', cites: ['https://a.example/1'] }, { text: 'The summit was in Gyeongju.', cites: ['https://t.example/1'] }] }]);
    expect(agreedIsShared.check(notStated)).toEqual([expect.stringContaining("Times's sentence does not state it")]);
    const alone = shared([{ key: 'Gyeongju', quotes: [{ text: 'The summit was in Gyeongju.', cites: ['https://a.example/1'] }, { text: 'The summit was in Gyeongju.', cites: ['https://a.example/1'] }] }]);
    expect(agreedIsShared.check(alone)).toEqual(['agreed "Gyeongju" is cited to 1 outlet(s), not two or more']);
    const made = shared([{ key: 'Gyeongju', quotes: [{ text: 'The summit was in Gyeongju.', cites: ['https://a.example/1'] }, { text: 'Leaders met in Gyeongju on Friday.', cites: ['https://t.example/1'] }] }]);
    expect(agreedIsShared.check(made)).toEqual([expect.stringContaining('is not in the source it cites')]);
  });
});
