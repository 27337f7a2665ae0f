import { describe, expect, it } from 'vitest';
import { storyToMarkdown } from '../../components/story-markdown';
import { validateBrief, type StoryBrief } from '../../utils/brief/schema';

const brief: StoryBrief = {
  storyId: 's1',
  engine: 'extractive',
  generatedAt: '2025-11-01T00:00:00Z',
  headline: 'Nvidia to supply South Korea',
  happened: [{ text: 'Nvidia will supply 260,000 GPUs.', cites: ['a', 'b'] }],
  behind: [{ heading: 'Markets', paragraph: [{ text: 'Shares rose.', cites: ['b'] }] }],
  papers: { overview: [], outlets: [{ sourceId: 'a', outlet: 'TechPulse', headline: 'Nvidia ships', angle: [{ text: 'Chips first.', cites: ['a'] }], reader: true }, { sourceId: 'b', outlet: 'Wire', headline: 'Huang meets Lee', angle: [{ text: 'Diplomacy first.', cites: ['b'] }] }] },
  background: { paragraph: [], timeline: [{ date: '2025-10-31', text: 'Deal announced.', cites: ['a'] }] },
  questions: [{ question: 'Who gets the chips?', answer: [{ text: 'Samsung and SK.', cites: ['a'] }] }],
  topics: [],
  sources: [
    { id: 'a', outlet: 'TechPulse', domain: 'tp.example', title: 'Nvidia ships', url: 'https://tp.example/a', isReaderArticle: true, foundBy: 'page', published: '2025-10-31T00:00:00Z' },
    { id: 'b', outlet: 'Wire', domain: 'w.example', title: 'Huang meets Lee', url: 'https://w.example/b', isReaderArticle: false, foundBy: 'feeds' },
  ],
};

describe('copy as Markdown', () => {
  it('keeps every citation as a link to its source', () => {
    expect(validateBrief(brief).ok).toBe(true);
    const md = storyToMarkdown(brief);
    expect(md).toContain('Nvidia will supply 260,000 GPUs. [1](https://tp.example/a)[2](https://w.example/b)');
    expect(md).toContain('### Markets');
    expect(md).toContain('- **TechPulse** (you are reading this) — Nvidia ships');
    expect(md).toContain('- **Wire** — Huang meets Lee');
    expect(md).toContain('- 2025-10-31: Deal announced. [1](https://tp.example/a)');
    expect(md).toContain('2. Wire: [Huang meets Lee](https://w.example/b)');
  });
});

describe('copy as Markdown: the comparison', () => {
  const compared: StoryBrief = {
    ...brief,
    papers: {
      overview: [{ text: '2 outlets cover this story: TechPulse and Wire.', cites: ['a', 'b'] }],
      agreed: [{ key: '260,000', quotes: [{ text: 'Nvidia will ship 260,000 GPUs.', cites: ['a'] }, { text: 'Korea gets 260k chips.', cites: ['b'] }] }],
      differs: [{ what: 'people killed', values: [{ value: '114', quote: { text: '114 were killed.', cites: ['a'] } }, { value: '66', quote: { text: 'It killed 66.', cites: ['b'] } }] }],
      outlets: [
        { sourceId: 'a', outlet: 'TechPulse', headline: 'Nvidia ships', angle: [{ text: 'Each GPU costs $30,000.', cites: ['a'] }], reader: true, basis: 'full' },
        { sourceId: 'b', outlet: 'Wire', headline: 'Huang meets Lee', angle: [{ text: 'Huang visited Gyeongju.', cites: ['b'] }], basis: 'snippet', framing: { text: 'Its headline leads with Huang.', cites: ['b'] } },
      ],
    },
  };

  it('carries agreed, differs and each outlet alone, every sentence with its links', () => {
    expect(validateBrief(compared).ok).toBe(true);
    const md = storyToMarkdown(compared);
    expect(md).toContain('### Agreed\n\n- Nvidia will ship 260,000 GPUs. [1](https://tp.example/a) Also reported by Wire [2](https://w.example/b).');
    expect(md).toContain('### Differs\n\n- **people killed**: 114 (TechPulse [1](https://tp.example/a)) · 66 (Wire [2](https://w.example/b))');
    expect(md).toContain('- **TechPulse** (you are reading this) — Nvidia ships\n  - Only in TechPulse: Each GPU costs $30,000. [1](https://tp.example/a)');
    expect(md).toContain('- **Wire** — Huang meets Lee (compared from its headline and summary only)\n  - Its headline leads with Huang. [2](https://w.example/b)\n  - Only in Wire: Huang visited Gyeongju. [2](https://w.example/b)');
    // The comparison comes before How we got here, inside What the papers say.
    expect(md.indexOf('### Differs')).toBeGreaterThan(md.indexOf('## What the papers say'));
    expect(md.indexOf('### Differs')).toBeLessThan(md.indexOf('## How we got here'));
  });

  it('leaves the parts out where there is nothing to compare', () => {
    const md = storyToMarkdown(brief);
    expect(md).not.toMatch(/### (Agreed|Differs|Outlet by outlet)|Only in/);
    expect(md).toContain('- **Wire** — Huang meets Lee: Diplomacy first. [2](https://w.example/b)');
  });
});
