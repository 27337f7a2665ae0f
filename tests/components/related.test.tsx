/** Related stories: six listed, the rest one click away under "N more", none dropped. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Related } from '@/entrypoints/sidepanel/sections/related';
import type { CoverageItem } from '@/utils/core/types';

const item = (i: number): CoverageItem => ({
  id: `r${i}`, url: `https://outlet${i}.example/story-${i}`, title: `Related headline ${i}`, published: '2025-11-02T08:00:00Z',
  source: 'feeds', outlet: { name: `Outlet ${i}`, domain: `outlet${i}.example` }, score: 0.05, relation: 'related',
});

describe('Related', () => {
  it('lists every related story: the first six, then the rest behind one summary', () => {
    const html = renderToStaticMarkup(<Related items={Array.from({ length: 9 }, (_, i) => item(i))} />);
    for (let i = 0; i < 9; i++) expect(html).toContain(`href="https://outlet${i}.example/story-${i}"`);
    const [shown = '', more = ''] = html.split('<details');
    expect(shown.match(/<li/g)).toHaveLength(6);
    expect(more).toContain('<summary>3 more related stories</summary>');
    expect(more.match(/<li/g)).toHaveLength(3);
  });

  it('has no summary when six or fewer', () => {
    const html = renderToStaticMarkup(<Related items={[item(1)]} />);
    expect(html).not.toContain('<details');
    expect(html.match(/<li/g)).toHaveLength(1);
  });
});
