/**
 * What the papers say keys a person by their name, not by the post written before it: "Britain's
 * Foreign Secretary Robin Cook" and "its foreign secretary, Robin Cook," are one person, and the
 * meeting both outlets report is agreed (the corpus newsroom's Rushdie page).
 */
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../utils/brief/extractive';
import type { ComposeInput } from '../../utils/brief/engine';
import { feedItem, readerStory } from './story-input';

const READER = [
  'British author Salman Rushdie said on Thursday that his long ordeal appeared to have ended, nearly ten years after it began.',
  "Britain's Foreign Secretary Robin Cook, who met Kamal Kharrazi on the sidelines of the General Assembly session, said he was delighted with the decision.",
  'Publication of the novel in 1988 caused an uproar among Muslims around the world, who said that it insulted their faith.',
  'Islamic militants put a bounty of 1.2 million pounds on the head of the writer, who lived under police protection for years.',
].join('\n\n');

function input(): ComposeInput {
  return readerStory({ url: 'https://wire.example/a', title: 'Rushdie says the death sentence appears over', siteName: 'Wire', published: '1998-09-24T10:00:00Z', text: READER }, [
    feedItem(
      't1', 'Times', 'https://times.example/1', 'British to press Iran on Rushdie at Thursday meeting', '1998-09-23T12:00:00Z',
      'The British government said Wednesday that it would continue to press Iran to lift the death sentence against the author when its foreign secretary, Robin Cook, meets the Iranian foreign minister in New York on Thursday.',
    ),
  ]);
}

describe('what the papers say', () => {
  it('agrees on a person named after a post in one outlet and alone in the other', () => {
    const { papers } = composeExtractive(input());
    const fact = (papers.agreed ?? []).find((f) => f.key === 'Robin Cook');
    expect(fact, JSON.stringify(papers.agreed)).toBeDefined();
    expect(fact!.quotes.map((q) => q.cites[0]).sort()).toEqual(['a-s', 't1']);
  });
});
