/**
 * What the papers say as the panel renders it: the comparison the extractive engine makes of the
 * sample newsroom's stories (the reference story as the extension sees it, Typhoon Kalmaegi read in
 * full) — Agreed with every outlet cited, Differs side by side, each row's "Only in", the feed-only
 * rows said — and third-party text rendered as text.
 */
import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PapersSay } from '@/entrypoints/sidepanel/sections/papers';
import { composeExtractive } from '@/utils/brief/extractive';
import type { StoryBrief } from '@/utils/brief/schema';
import { REFERENCE } from '../newsroom/corpus';
import { newsroomStories, storyInput } from '../brief/newsroom-input';

function render(brief: StoryBrief) {
  const { document } = parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(<PapersSay brief={brief} />)}</body></html>`);
  return document;
}

/** The source numbers a part's citation links point at (1-based, as the panel shows them). */
const citedUrls = (el: Element) => [...el.querySelectorAll('a.cite')].map((a) => a.getAttribute('href'));

function typhoonInFull(): StoryBrief {
  const articles = newsroomStories().get('typhoon-kalmaegi') ?? [];
  const input = storyInput('typhoon-kalmaegi', articles);
  const texts = Object.fromEntries(articles.map((a) => [`c-${a.outlet.id}-${a.slug}`, a.body.filter((p) => !p.startsWith('## ')).join('\n\n')]));
  return composeExtractive({ ...input, texts });
}

describe('What the papers say, rendered', () => {
  const reference = composeExtractive(storyInput(REFERENCE.story, newsroomStories().get(REFERENCE.story) ?? []));
  const typhoon = typhoonInFull();

  it('lists each agreed fact once, citing every outlet that states it', () => {
    const agreed = reference.papers.agreed ?? [];
    expect(agreed.length).toBeGreaterThan(0);
    const doc = render(reference);
    const items = [...doc.querySelectorAll('[data-testid=papers-agreed] > ul > li')];
    expect(items.length).toBe(Math.min(4, agreed.length));
    items.forEach((li, i) => {
      const wanted = agreed[i]!.quotes.flatMap((q) => q.cites).map((id) => reference.sources.find((s) => s.id === id)!.url);
      expect(new Set(citedUrls(li))).toEqual(new Set(wanted));
      expect(li.textContent).toContain(agreed[i]!.quotes[0]!.text);
    });
    expect(doc.querySelector('[data-testid=papers-agreed] h3')?.textContent).toBe('Agreed');
  });

  it('shows differing values side by side, each cited to the outlet that gives it', () => {
    const differs = typhoon.papers.differs ?? [];
    expect(differs.length).toBeGreaterThan(0);
    const doc = render(typhoon);
    const items = [...doc.querySelectorAll('[data-testid=papers-differs] .differs-item')];
    expect(items.length).toBe(differs.length);
    items.forEach((li, i) => {
      const values = [...li.querySelectorAll('.differs-value')];
      expect(values.map((v) => v.querySelector('.differs-figure')?.textContent)).toEqual(differs[i]!.values.map((v) => v.value));
      values.forEach((v, j) => {
        const url = typhoon.sources.find((s) => s.id === differs[i]!.values[j]!.quote.cites[0])!.url;
        expect(citedUrls(v)).toEqual([url]);
      });
    });
  });

  it("heads each row's own facts 'Only in' that outlet, and says which rows were read from a feed's summary", () => {
    const doc = render(reference);
    const rows = [...doc.querySelectorAll('.outlet-row')];
    expect(rows.length).toBe(reference.papers.outlets.length);
    let onlyIn = 0;
    rows.forEach((row, i) => {
      const o = reference.papers.outlets[i]!;
      const block = row.querySelector('[data-testid=papers-only-in]');
      expect(Boolean(block)).toBe(o.angle.length > 0);
      if (block) {
        onlyIn++;
        expect(block.querySelector('h4')?.textContent).toBe(`Only in ${o.outlet}`);
        expect([...block.querySelectorAll('li')].map((li) => li.textContent)).toEqual(o.angle.map((s) => expect.stringContaining(s.text)));
      }
      expect(Boolean(row.querySelector('[data-testid=papers-basis]'))).toBe(o.basis === 'snippet');
      expect(row.hasAttribute('data-reader')).toBe(Boolean(o.reader));
      // The reader's corrections sit in the row's compact menu.
      expect([...row.querySelectorAll('.row-actions .menu-item')].map((b) => b.textContent)).toEqual(['Not the same story', `Mute ${o.outlet}`]);
    });
    expect(onlyIn).toBeGreaterThan(0);
    // As the extension sees the reference story, the other outlets are known by their feed summaries.
    expect(doc.querySelectorAll('[data-testid=papers-basis]').length).toBe(reference.papers.outlets.filter((o) => o.basis === 'snippet').length);
    expect(doc.querySelectorAll('[data-testid=papers-basis]').length).toBeGreaterThan(0);
  });

  it('renders an outlet\'s words as text, never as markup', () => {
    const hostile = structuredClone(typhoon);
    const evil = '<img src=x onerror="alert(1)"> 40 killed';
    hostile.papers.agreed![0]!.quotes[0]!.text = evil;
    hostile.papers.differs![0]!.values[0]!.value = '<b>9</b>';
    hostile.papers.outlets[0]!.angle = [{ text: evil, cites: [hostile.papers.outlets[0]!.sourceId] }];
    const doc = render(hostile);
    expect(doc.querySelectorAll('img, b').length).toBe(0);
    expect(doc.querySelector('[data-testid=papers-agreed]')?.textContent).toContain(evil);
    expect(doc.querySelector('.differs-figure')?.textContent).toBe('<b>9</b>');
  });

  it('keeps a story cached before the comparison readable: its rows, no empty parts', () => {
    const old = structuredClone(reference);
    delete old.papers.agreed;
    delete old.papers.differs;
    for (const o of old.papers.outlets) delete o.basis;
    const doc = render(old);
    expect(doc.querySelector('[data-testid=papers-agreed], [data-testid=papers-differs], [data-testid=papers-only-in], h3')).toBeNull();
    expect(doc.querySelectorAll('.outlet-row').length).toBe(old.papers.outlets.length);
  });
});
