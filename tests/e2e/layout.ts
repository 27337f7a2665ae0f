/**
 * Layout checks run inside a page of the extension (the panel or Options opened in a tab), and the
 * pixel comparison of two PNGs done by Chromium itself (a canvas: no image library in the repo).
 */
import type { Page } from 'playwright-core';

export interface Layout {
  /** Content wider than the viewport (px beyond it; 0 is right). */
  overflowX: number;
  /** Short labels (≤ 32 characters) that broke across lines: "Updated just / now". */
  fragments: string[];
  pageHeight: number;
}

/** Measured in the page. A label is an element with its own short text; its lines are counted from the text's rects. */
export function measureLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const fragments: string[] = [];
    const labels = document.querySelectorAll(
      'button, summary, label, a, h1, h2, h3, dt, dd, time, .kicker, .lead-meta > *, .chip, .badge, .date, .outlet-name, .topic-name, .section-hint, .row-note',
    );
    for (const el of labels) {
      const text = (el as HTMLElement).innerText?.replace(/\s+/g, ' ').trim() ?? '';
      if (!text || text.length > 32) continue;
      const rects = el.getClientRects();
      if (!rects.length || (el as HTMLElement).offsetParent === null) continue;
      // Distinct line tops of the text's boxes (text only: a field inside a label is not a line of it);
      // a superscript sits a few px up on the same line.
      const tops: number[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const boxes: DOMRect[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        boxes.push(...range.getClientRects());
      }
      for (const r of boxes) {
        if (r.width < 1 || r.height < 1) continue;
        if (!tops.some((t) => Math.abs(t - r.top) < r.height * 0.6)) tops.push(r.top);
      }
      if (tops.length > 1) fragments.push(text);
    }
    return { overflowX: Math.max(0, doc.scrollWidth - doc.clientWidth), fragments, pageHeight: doc.scrollHeight };
  });
}

/** Share of pixels that differ by more than `channel` in any colour channel; 1 when the sizes differ. */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer, channel = 24): Promise<number> {
  return page.evaluate(
    async ({ a, b, channel }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((res, rej) => {
          const img = new Image();
          img.onload = () => res(img);
          img.onerror = rej;
          img.src = src;
        });
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      const data = (img: HTMLImageElement) => {
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const p = data(x);
      const q = data(y);
      let diff = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.abs(p[i]! - q[i]!) > channel || Math.abs(p[i + 1]! - q[i + 1]!) > channel || Math.abs(p[i + 2]! - q[i + 2]!) > channel) diff++;
      }
      return diff / (p.length / 4);
    },
    { a: `data:image/png;base64,${a.toString('base64')}`, b: `data:image/png;base64,${b.toString('base64')}`, channel },
  );
}
