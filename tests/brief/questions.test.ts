/** Go deeper's questions: "What happens next?" names whom the story is about when its answer does. */
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../utils/brief/extractive';
import { howManyQuestion } from '../../utils/brief/questions';
import { withoutPost } from '../../utils/core/entities';
import type { ComposeInput } from '../../utils/brief/engine';

function input(title: string, paragraphs: string[]): ComposeInput {
  const text = paragraphs.join('\n\n');
  return {
    storyId: 's',
    article: {
      url: 'https://wire.example/a', canonicalUrl: 'https://wire.example/a', title, byline: null, siteName: 'Wire', publishedTime: '2025-10-01T10:00:00Z', modifiedTime: null,
      lang: 'en', excerpt: null, text, html: '', wordCount: text.split(/\s+/).length, isArticle: true, extractionMs: 0,
    },
    coverage: [],
    topics: [],
  };
}

/** The first question of a kind (by how it opens) the page asks of an article alone. */
function questionOf(title: string, paragraphs: string[], kind: RegExp) {
  return composeExtractive(input(title, paragraphs)).questions.find((q) => kind.test(q.question));
}

const body = (next: string) => [
  'The Philippines evacuated more than 400,000 people from coastal towns on Tuesday as Typhoon Kalmaegi approached the central islands with winds of 150 kilometres an hour.',
  'Officials in the Philippines said schools and ports were closed across six provinces, and flights to Cebu were cancelled for a second day.',
  'The storm is the twentieth to enter the country this year, the weather service said, after a season of floods that left farmers counting their losses.',
  'Rescue teams in the Philippines were sent to low-lying villages near Tacloban, where a storm surge of three metres drowned whole streets in 2013.',
  next,
  'Relief groups said they had stockpiled food and water in evacuation centres, many of them schools and churches, before the storm reached land on Tuesday night.',
];

describe('What happens next?', () => {
  it('names the story\'s subject, as the sources write it ("the Philippines"), when the answer is about it', () => {
    const next = questionOf('Typhoon Kalmaegi forces mass evacuations in the Philippines', body('Forecasters said the typhoon will cross the Philippines overnight and is expected to weaken over the South China Sea by Thursday.'), /^What happens next/);
    expect(next?.question).toBe('What happens next for the Philippines?');
    expect(next?.answer[0]?.text).toMatch(/Philippines/);
  });
  it('stays the plain question when the answer is about something else', () => {
    const next = questionOf('Typhoon Kalmaegi forces mass evacuations in the Philippines', body('Forecasters said the storm will weaken over the South China Sea by Thursday, and a second depression is expected to form near Guam next week.'), /^What happens next/);
    expect(next?.question).toBe('What happens next?');
  });
});

describe('What did … say?', () => {
  const profile = [
    'Comedian Dana Whitlock says she will never make another television series, ending a run of eleven seasons on network television.',
    'Whitlock told an audience in Chicago on Sunday that the final tour had been the hardest work of her career and that she was proud of it.',
    'The tour sold more than 300,000 tickets in forty cities, and the last show was broadcast live to an audience of several million viewers.',
    'Dana Whitlock said she planned to spend next year writing a book about the years she spent performing in small clubs across the Midwest.',
    'Critics praised the closing night, calling the performance relaxed and generous, and noting that the jokes were new for the broadcast.',
  ];
  it('asks what the person the story is about said when no one else is quoted', () => {
    const said = questionOf('Whitlock bids farewell to the stage', profile, /^What did/);
    expect(said?.question).toBe('What did Dana Whitlock say?');
    expect(said?.answer[0]?.text).toMatch(/Whitlock (?:says|said|told)/);
  });
  it('asks by name, without the post written before it', () => {
    const said = questionOf('Germany backs new export rules', [
      'Germany will support new European rules on exports of machine tools, the government said on Monday after a cabinet meeting in Bonn.',
      'The rules would require licences for sales of precision tools to a list of countries drawn up by the European Commission last year.',
      '"We cannot let our best machines build weapons elsewhere," Economics Minister Guenter Rexrodt said at a news conference after the meeting.',
      'Rexrodt said the rules would apply from January and that companies would have six months to apply for the licences they need.',
      'Industry groups said the licences would add costs for small firms, which make most of the country\'s machine tools.',
    ], /^What did/);
    expect(said?.question).toBe('What did Guenter Rexrodt say?');
  });
});

describe('Who is …?', () => {
  it('asks who someone is by name, not by the post the answer gives', () => {
    const who = questionOf('Cyprus extends detention of Israelis', [
      'Israeli Prime Minister Benjamin Netanyahu said on Sunday that every Israeli citizen is important to the government, when asked about two men held in Cyprus.',
      'Israeli Prime Minister Benjamin Netanyahu has not denied that the two men are agents, and officials in Jerusalem declined to comment further.',
      'Netanyahu, who leads a coalition of right-wing parties, met his cabinet on Sunday to discuss the arrests and the response from Cyprus.',
      'A court in Larnaca extended the detention of the two men by eight days on Monday, and lawyers for the men said they would appeal.',
      'Netanyahu told reporters that Israel would work quietly to bring the men home, and that relations with Cyprus remained good.',
    ], /^Who is/);
    expect(who?.question).toBe('Who is Benjamin Netanyahu?');
    expect(who?.answer[0]?.text).toMatch(/Prime Minister Benjamin Netanyahu/);
  });
});

describe('How many …?', () => {
  it('asks the count a clause opens with, in the sentence\'s own words, answered by that sentence', () => {
    const many = questionOf('French jobless rate falls to 11.5 percent', [
      'France\'s unemployment rate dropped slightly to 11.5 percent in November, but nearly 3 million people remain without a job, the Labor Ministry said on Friday.',
      'Young workers under 25 years old were the main winners, the ministry said, although older job seekers also found work in the autumn.',
      'The government has promised to bring the rate below ten percent before the next election, and unions want higher benefits for the long-term jobless.',
      'Economists in Paris said the fall was smaller than the government had hoped, and that growth was slowing across the euro zone.',
    ], /^How many/);
    expect(many?.question).toBe('How many people remain without a job?');
    expect(many?.answer[0]?.text).toMatch(/nearly 3 million people remain without a job/);
  });

  it.each([
    ['Only 20 percent of German companies have taken concrete steps to prepare for the euro, Rexrodt said.', 'How many German companies have taken concrete steps to prepare for the euro?'],
    ['Thousands of jobless demonstrated across France on Monday to press the Socialist-led government for a bigger increase in unemployment benefits and a Christmas bonus.', 'How many jobless demonstrated across France on Monday?'],
    ['At least 14 people were killed and 5,000 injured when the quake struck before dawn.', 'How many people were killed?'],
    ['More than 200 people died and 100 were injured in the bombing.', 'How many people died?'],
    ['Four gasoline-filled bottles were thrown at the office between 1:45 and 2 a.m., a police spokeswoman said.', 'How many gasoline-filled bottles were thrown at the office between 1:45 and 2 a.m.?'],
    ['Hundreds of families have been forced to leave their homes near the border since the fighting began on Sunday morning.', 'How many families have been forced to leave their homes near the border?'],
  ])('%s', (sentence, question) => {
    expect(howManyQuestion(sentence)).toBe(question);
  });

  it.each([
    ['a year, not a count', '1998 models were recalled across the country.'],
    ['the count of those who said it', 'Two people briefed on the talks said the president had decided to roll back tariffs.'],
    ['a subject that points back ("others")', 'Two others are set to go on trial on Wednesday on charges of murder.'],
    ['a clause that leans on another sentence', 'Three of them were killed in the blast.'],
    ['a clause cut by a list\'s comma', 'Hundreds of people competed as lookalikes of the characters Jerry, Elaine and George on Sunday.'],
    ['a count that is not the subject', 'The strikers want a pay rise of 150 percent.'],
    ['a clause cut at a quote', 'Some 300 people were "missing" after the storm.'],
  ])('asks nothing of %s', (_, sentence) => {
    expect(howManyQuestion(sentence)).toBeUndefined();
  });
});

describe('What did … say? asks one voice, by name', () => {
  it('drops a post (Lawyer, Dr, Secretary General) and never asks a group ("Some Senate Democrats")', () => {
    expect(withoutPost('U.N. Secretary General Kofi Annan')).toBe('Kofi Annan');
    expect(withoutPost('Attorney General Janet Reno')).toBe('Janet Reno');
    expect(withoutPost('Dr Thomas Cronin')).toBe('Thomas Cronin');
    expect(withoutPost('Cardinal Health')).toBe('Cardinal Health');
    const brief = composeExtractive(input('Senate weighs impeachment rules', [
      'Some Senate Democrats said on Tuesday that the trial should end quickly, and that witnesses would only prolong a verdict already known.',
      'Senate Democrats want the rules agreed before the trial opens, Some Senate Democrats said, and the leaders met for two hours on Tuesday.',
      'The chamber is expected to vote on the rules on Thursday, and both parties said they hoped for a vote of all one hundred senators.',
    ]));
    expect(brief.questions.map((q) => q.question).join(' ')).not.toMatch(/What did Some/);
  });
});
