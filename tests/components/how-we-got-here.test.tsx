/** How we got here marks an earlier-coverage entry beside its date, never inside its text; the sources list the outlets' other reports. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HowWeGotHere } from '@/entrypoints/sidepanel/sections/background';
import { MoreReports, otherReports, SourcesList } from '@/entrypoints/sidepanel/sections/sources';
import type { StoryBrief } from '@/utils/brief/schema';

const source = (id: string, earlier?: true) => ({ id, outlet: id, domain: `${id}.example`, title: `${id} headline`, url: `https://${id}.example/a`, isReaderArticle: id === 'reader', foundBy: 'feeds', ...(earlier ? { earlier } : {}) });
const brief = {
  sources: [source('reader'), source('past', true)],
  background: {
    paragraph: [],
    timeline: [
      { date: '2025-06-15', text: 'Neil Young shows Pono player prototype', cites: ['past'], earlier: true as const },
      { date: '2025-11-10', text: 'Neil Young launched Pono.', cites: ['reader'] },
    ],
  },
} as unknown as StoryBrief;

describe('How we got here', () => {
  it("keeps an earlier entry's text the source's own words and marks it beside the date", () => {
    const html = renderToStaticMarkup(<HowWeGotHere brief={brief} />);
    const items = html.split('<li').slice(1);
    expect(items[0]).toMatch(/^ data-earlier="">/);
    expect(items[0]).toContain('earlier coverage</span><p>Neil Young shows Pono player prototype<span class="cites">');
    expect(items[1]).not.toContain('data-earlier');
    expect(items[1]).not.toContain('earlier coverage');
  });

  it('marks an earlier source in the sources list, so it is never read as coverage', () => {
    const html = renderToStaticMarkup(<SourcesList sources={brief.sources} />);
    expect(html.match(/<li [^>]*data-earlier=""/g)).toHaveLength(1);
    expect(html).toContain('data-source-id="past" data-domain="past.example" data-earlier=""');
  });
});

describe('More reports', () => {
  const cov = (id: string, domain: string, url = `https://${domain}/${id}`) => ({ id, url, title: `${id} headline`, outlet: { name: domain, domain }, source: 'feeds' as const, score: 0.5, relation: 'same-story' as const });
  it("lists an outlet's other reports of the story, never one the page cites, never an outlet it does not cite", () => {
    const sources = [{ url: 'https://a.example/1', domain: 'a.example', title: '1 headline' }, { url: 'https://b.example/1', domain: 'b.example', title: '1 headline' }];
    // '5' is report '2' again, through another link under the same title.
    const more = otherReports([cov('1', 'a.example'), cov('2', 'a.example'), cov('3', 'c.example'), cov('4', 'b.example'), { ...cov('2', 'a.example', 'https://news.example/r/2'), id: '5' }], sources);
    expect(more.map((c) => c.id)).toEqual(['2', '4']);
    const html = renderToStaticMarkup(<MoreReports items={more} />);
    expect(html).toContain('2 more reports of this story from these outlets, not read for this page');
    expect(html).toContain('href="https://a.example/2"');
    expect(html).toContain('data-testid="more-reports"');
  });
});
