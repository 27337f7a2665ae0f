import { describe, expect, it } from 'vitest';
import { leansOn, standsAlone } from '../../utils/core/standalone';

describe('leansOn: a sentence that cannot be shown away from the one before it', () => {
  it.each([
    ['He called the governor on Wednesday night with his resignation.', 'He'],
    ['But they refused to sign the treaty.', 'They'],
    ['Since then, the number of new infections has plummeted.', 'Since then'],
    ['The court said on Thursday that such vetoes were unconstitutional.', 'such vetoes'],
    ['Removing the exemption would reinforce the position, he said.', 'he said'],
    ['After learning this development, the chairman called a meeting.', 'this development'],
    ['The program will start in January, though the latter may wait.', 'the latter'],
    ['We all know the story of her humble beginnings and her rise to stardom.', 'her'],
  ])('%s → %s', (text, leaning) => {
    expect(leansOn(text)).toBe(leaning);
  });

  it.each([
    'It is unclear whether the dam will be finished this year.',
    'This week the council approved the dam near Santa Ana Pueblo.',
    'Companies such as MP3.com have been sued by the labels.',
    'Derek Evans, deputy secretary general of the group, said torture continues, he said.',
    'Mayor Gray Davis said his budget would balance.',
    'The minister said she would resign in July.',
    'Amnesty International said on Monday that abuses persist.',
    // "The" is no "he", nor "There" a "her".
    "The government's decision however has been condemned by environmentalists and opposition parties.",
    'There were no injuries in the blast at the plant, the fire service said.',
  ])('stands alone: %s', (text) => {
    expect(standsAlone(text)).toBe(true);
  });
});
