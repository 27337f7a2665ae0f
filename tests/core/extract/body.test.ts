/** What the body keeps and drops: cases taken from the Mozilla news pages (issue 3). */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../utils/core/extract/article';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const NOW = Date.parse('2025-11-01T00:00:00Z');
const para = (i: number) =>
  `<p>Paragraph ${i} of the report: the city council voted on Tuesday to expand the bus network, adding night routes and cutting fares for students, after a year of public hearings and a long debate about costs.</p>`;
const paras = (n = 6) => Array.from({ length: n }, (_, i) => para(i + 1)).join('');
const page = (inner: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Council expands buses</title>${head}</head><body>${inner}</body></html>`;
const read = (html: string, url = 'https://news.example.com/2025/10/02/buses') => extractArticle(doc(html), { url, now: NOW });

describe('the body', () => {
  it('keeps a word inside a sentence whatever its class says', () => {
    const a = read(page(`<article><h1>Council expands buses</h1>
      <p><span class="dateline">CAIRO —</span> Gunmen opened fire on visitors at the museum on Wednesday, killing at least 19 people in an assault on the capital.</p>
      <p>The government plans to reverse its position on <a href="/topics/sudan" class="meta-loc">Sudan</a> and lift trade sanctions, officials said late on Thursday evening.</p>
      ${paras()}</article>`));
    expect(a.text).toContain('CAIRO — Gunmen opened fire');
    expect(a.text).toContain('position on Sudan and lift');
  });
  it('keeps a typographic "meta" label that belongs to the value beside it, and still drops a meta line of its own', () => {
    const a = read(page(`<article><h1>Council expands buses</h1>${paras(3)}
      <div class="price"><span class="t-meta">From</span> <span class="t-price">$610.00</span></div>
      <div class="post-meta">Posted in Transport</div>${paras(3)}</article>`));
    expect(a.text).toContain('From $610.00');
    expect(a.text).not.toContain('Posted in Transport');
  });
  it('does not split a paragraph at an HTML comment', () => {
    const a = read(page(`<article><h1>Council expands buses</h1>${paras()}<div>A version of this article appears in print on <!-- -->Page <!-- -->A<!-- -->22 of the city edition.</div></article>`));
    expect(a.text).toContain('appears in print on Page A22 of the city edition.');
  });
  it('drops a list of links with its lead-in, and links to nowhere', () => {
    const more = ['One', 'Two', 'Three'].map((t) => `<li><a href="/story/${t}">${t} more story about games</a></li>`).join('');
    const a = read(page(`<article><h1>Council expands buses</h1>${paras()}<p><em>More games news:</em></p><ul>${more}</ul></article><a href="#">Feedback</a>`));
    expect(a.text).not.toMatch(/More games news|more story about games|Feedback/);
    expect(a.text).toMatch(/Paragraph 6/);
  });
  it('drops "Published" lines and punctuation left from removed credits, keeps a typed rule', () => {
    const a = read(page(`<article><h1>Council expands buses</h1>${paras(3)}<p>PUBLISHED: 00:01, Tue, Nov 19, 2019</p>${paras(3)}<p>___</p>${para(7)}
      <span class="authors"><span class="author"><a href="/a/1">Ana Ruiz</a></span> , <span class="author"><a href="/a/2">Ben Ode</a></span></span></article>`));
    expect(a.text).not.toMatch(/PUBLISHED/);
    expect(a.text.split('\n\n')).toContain('___');
    expect(a.text.split('\n\n').every((p) => /[\p{L}\p{N}_]/u.test(p))).toBe(true);
  });
  it('reads camelCase classes as the words they spell, and a date line by its class', () => {
    const a = read(page(`<article><h1>Council expands buses</h1>
      <div class="authorHtmlCss"><span class="authorName">Noa Ben-David</span> | <span class="date">Published: 14.05.25, 18:32</span></div>
      ${paras(3)}
      <div class="imageContainer"><img src="/tram.jpg" alt=""><span class="imageCaption">The tram at the central station</span><span class="imageCredit">Photo: Yossi Cohen</span></div>
      ${paras(3)}</article>`));
    expect(a.text).not.toContain('Published: 14.05.25');
    expect(a.text).not.toContain('The tram at the central station');
    expect(a.text).not.toContain('Yossi Cohen');
    expect(a.text).toContain('Paragraph 3 of the report');
  });
  it('keeps a table of rows and columns whatever template class it wears', () => {
    const a = read(page(`<article><h1>Council expands buses</h1>${paras(3)}
      <table class="tplCaption"><tr><td><strong>Route</strong></td><td><strong>Stops</strong></td></tr>
      <tr><td>E01</td><td>Central station – Old town – East terminal</td></tr><tr><td>E05</td><td>Lake – Harbour – Airport</td></tr></table>
      ${paras(3)}</article>`));
    expect(a.text).toContain('Central station – Old town – East terminal');
  });
  it("drops an image's caption set as a line under it in the same paragraph, and keeps a paragraph that only opens with an image", () => {
    const a = read(page(`<article><h1>Council expands buses</h1>${paras(3)}
      <p class="f_center"><img src="/bus.jpg" alt=""><br>A night bus at the depot on Monday. Photo: City Transport</p>
      <p><img src="/map.png" alt=""><br>The new night routes run from the central station to all four districts of the city, every twenty minutes from ten in the evening until one in the morning.</p>
      ${paras(3)}</article>`));
    expect(a.text).not.toContain('A night bus at the depot');
    expect(a.text).toContain('The new night routes run from the central station');
  });
  it('drops a dialog the page opens by script', () => {
    const a = read(page(`<article><h1>Council expands buses</h1>${paras()}</article>
      <div id="makehomepagedialog"><h2>Make News my homepage</h2><ul><li>In the Preferences window, select General.</li></ul></div>`));
    expect(a.text).not.toMatch(/homepage|Preferences/);
  });
});

describe('a section front', () => {
  const teaser = (i: number) =>
    `<article><h2><a href="/2025/10/0${i % 9 + 1}/story-${i}">Headline number ${i} about the council and the city budget</a></h2><p>Short teaser for story ${i}: what the vote means for riders and what comes next in the budget.</p><p>By Writer ${i}</p></article>`;
  const front = page(`<main><h1>Noticias</h1>${Array.from({ length: 12 }, (_, i) => teaser(i)).join('')}</main>`, '<meta property="og:type" content="article">');
  it('is no article, though it reads well and calls itself one', () => {
    const a = read(front, 'https://news.example.com/es');
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toMatch(/list of articles/);
    // The text is still there for a reader who asks for it anyway; the first teaser's writer is not the page's.
    expect(a.text).toMatch(/Headline number 3/);
    expect(a.byline).toBeNull();
  });
  it('is no article when its JSON-LD says CollectionPage', () => {
    const ld = '<script type="application/ld+json">{"@type":"CollectionPage","name":"Noticias"}</script>';
    const a = read(page(`<article><h1>Council expands buses</h1>${paras()}</article>`, ld), 'https://news.example.com/es');
    expect(a.isArticle).toBe(false);
  });
  it('an article with a few linked headings stays an article', () => {
    const games = Array.from({ length: 8 }, (_, i) => `<h3><a href="https://shop.example.com/game-${i}">Game ${i} ($20)</a></h3>${para(i)}`).join('');
    const a = read(page(`<article><h1>The 8 best games</h1>${games}</article>`, '<meta property="og:type" content="article">'));
    expect(a.isArticle).toBe(true);
  });
});

describe('the standfirst under the headline', () => {
  const DEK = 'Night routes and cheaper fares for students come after a year of hearings';
  it('is left out when it is a single short block of its own kind directly under the one headline', () => {
    for (const dek of [`<div class="post-lead">${DEK}</div>`, `<h2 class="subTitle">${DEK}</h2>`, `<p class="description">${DEK}.</p>`]) {
      const a = read(page(`<article><h1>Council expands buses</h1>${dek}<div class="meta">By Ana Lima</div><div class="body">${paras()}</div></article>`));
      expect(a.text, dek).not.toContain('come after a year of hearings');
      expect(a.text).toContain('Paragraph 1 of the report');
      // Without a meta description, the standfirst is the article's excerpt.
      expect(a.excerpt).toMatch(/^Night routes and cheaper fares/);
    }
  });
  it('stays where it may be the story: one of the body\'s paragraphs, a paragraph without a class, a dateline lede, or set after the byline', () => {
    const lede = 'WASHINGTON (AP) — The council voted on Tuesday to expand the bus network';
    const cases = [
      `<h1>Council expands buses</h1><p class="text">${DEK}.</p>${paras().replaceAll('<p>', '<p class="text">')}`,
      `<h1>Council expands buses</h1><p>${DEK}.</p>${paras()}`,
      `<h1>Council expands buses</h1><p class="lede">${lede}.</p>${paras()}`,
      `<h1>Council expands buses</h1><div class="meta">By Ana Lima</div><p class="summary">${DEK}.</p>${paras()}`,
    ];
    for (const html of cases) expect(read(page(`<article>${html}</article>`)).text, html.slice(0, 90)).toMatch(/come after a year of hearings|WASHINGTON \(AP\)/);
  });
});
