/**
 * What the papers say: a fact two outlets agree on in their own words, where no figure or name
 * tells it, is shown as agreed; statements that share only the story's subject are not.
 */
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../utils/brief/extractive';
import type { ComposeInput } from '../../utils/brief/engine';
import { feedItem, readerStory } from './story-input';

const READER = [
  'Former Speaker Tom Harland and his wife Ellen agreed on Monday to keep their divorce out of a public courtroom for now.',
  'The Harlands have reached a confidential agreement on how to divide their income and assets while their legal separation proceeds.',
  'The agreement avoids a hearing that had been expected to draw reporters from across the country to the county courthouse.',
  'Tom Harland filed for divorce in July, and his lawyers say the marriage is broken beyond repair.',
  'Tom Harland, 56, left Congress last year and now teaches at a university in Atlanta.',
  'Ellen Harland, 48, has said in the past that there was a separation years ago but declined to say how long it lasted.',
  'Tom Harland has not spoken publicly about the case since his lawyers filed their last motion.',
].join('\n\n');

function input(summary: string): ComposeInput {
  return readerStory(
    { url: 'https://times.example/a', title: 'Harlands keep their divorce out of court', siteName: 'Times', published: '1999-09-13T10:00:00Z', text: READER },
    [feedItem('w1', 'Wire', 'https://wire.example/1', 'Report: Harlands have divorce deal', '1999-09-14T12:00:00Z', summary)],
  );
}

/** The agreed fact that pairs the wire's summary with the reader's "divide their income and assets", each quote stating its key. */
function expectDivideAgreed(summary: string) {
  const { papers } = composeExtractive(input(summary));
  const fact = (papers.agreed ?? []).find((f) => f.quotes.some((q) => /divide their income and assets/.test(q.text)));
  expect(fact, JSON.stringify(papers.agreed)).toBeDefined();
  expect(fact!.quotes.map((q) => q.cites[0])).toEqual(expect.arrayContaining(['w1']));
  for (const q of fact!.quotes) expect(q.text.toLowerCase()).toContain(fact!.key.toLowerCase());
}

describe('agreed in their own words', () => {
  it('shows a fact both outlets state alike, keyed by a word both write', () => {
    expectDivideAgreed('Tom Harland has reached an agreement with his wife on how to divide their assets as part of their divorce, a newspaper reported Tuesday.');
  });
  it('shows a fact told in the same order inside a feed summary\'s attribution', () => {
    // The wire's one sentence wraps the fact in who reported it: too few of its words are the fact for Dice.
    expectDivideAgreed('Former House Speaker Tom Harland has reached an agreement with his wife on how to divide their assets as part of their divorce proceedings, The Atlanta Journal-Constitution reported Tuesday.');
  });
  it('shows none where the same order names only who it happened to', () => {
    // "hearing … reporters … across … country … county courthouse" in order, in a long attributed sentence,
    // but no verb of the fact is shared: wanting a hearing is not a hearing avoided.
    const { papers } = composeExtractive(
      input('Ellen Harland still wants a public hearing with reporters from across the country at the county courthouse, one of her oldest and closest friends from her long years in Georgia state politics told The Atlanta Journal-Constitution on Tuesday evening.'),
    );
    expect((papers.agreed ?? []).filter((f) => f.quotes.some((q) => q.cites[0] === 'w1'))).toEqual([]);
  });
  it('shows none where the outlets share only the story\'s subject', () => {
    const { papers } = composeExtractive(input('Tom Harland, the former speaker, spent the weekend at his lake house and declined to speak to reporters about his plans.'));
    expect((papers.agreed ?? []).filter((f) => f.quotes.some((q) => q.cites[0] === 'w1'))).toEqual([]);
  });
});
