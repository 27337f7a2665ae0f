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
