/** Metadata fields: site names, bylines, titles and dates in the cases issue 3 met. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../utils/core/extract/article';
import { chooseByline, cleanByline } from '../../../utils/core/extract/clean';
import { dropTagline, siteFromCopyright, siteFromHandle } from '../../../utils/core/extract/site';
import { findDateline } from '../../../utils/core/extract/dateline';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const NOW = Date.parse('2025-11-01T00:00:00Z');
const para = (i: number) =>
  `<p>Paragraph ${i} of the report: the city council voted on Tuesday to expand the bus network, adding night routes and cutting fares for students, after a year of public hearings and a long debate about costs.</p>`;
const body = (extra = '') => `<article><h1>Council expands buses</h1>${extra}${[1, 2, 3, 4, 5, 6].map(para).join('')}</article>`;
const page = (head: string, inner: string, title = 'Council expands buses') =>
  `<!doctype html><html lang="en"><head><title>${title}</title>${head}</head><body>${inner}</body></html>`;

describe('site name', () => {
  it('drops a tagline after the name', () => {
    expect(dropTagline('Yahoo News - Latest News & Headlines')).toBe('Yahoo News');
    expect(dropTagline('Aktuálně.cz - Víte, co se právě děje')).toBe('Aktuálně.cz');
    expect(dropTagline('The Daily')).toBe('The Daily');
  });
  it('takes the Twitter handle only when it spells the domain, with capitals', () => {
    expect(siteFromHandle('@Yahoo', 'http://finance.yahoo.com/news/x.html')).toBe('Yahoo');
    expect(siteFromHandle('@CNNMoney', 'https://money.cnn.com/x')).toBeNull();
    expect(siteFromHandle('@nytimes', 'https://www.nytimes.com/x')).toBeNull();
    expect(siteFromHandle('@Yahoo', 'http://localhost/')).toBeNull();
  });
  it('reads the copyright holder, checked against the domain when the address is known', () => {
    const footer = doc('<html><body><p>Story</p><footer><p>©2005-2015 WebMD, LLC. All rights reserved.</p></footer></body></html>');
    expect(siteFromCopyright(footer, 'http://localhost/')).toBe('WebMD');
    expect(siteFromCopyright(footer, 'https://www.webmd.com/a')).toBe('WebMD');
    expect(siteFromCopyright(footer, 'https://lwn.net/a')).toBeNull();
    const prose = doc('<html><body><p>Text is available under a licence; see the copyrights and trademarks page.</p></body></html>');
    expect(siteFromCopyright(prose, null)).toBeNull();
  });
  it('a generic og:title that is the site name is no headline', () => {
    const head = '<meta property="og:title" content="Yahoo News - Latest News &amp; Headlines"><meta name="application-name" content="Yahoo News - Latest News &amp; Headlines">';
    const a = extractArticle(doc(page(head, body(), 'Council expands buses')), { url: 'https://e.com/a', now: NOW });
    expect(a.title).toBe('Council expands buses');
    expect(a.siteName).toBe('Yahoo News');
  });
});

describe('byline', () => {
  it('keeps the person, not the handle, affiliation, "Published" or "Analysis by"', () => {
    expect(cleanByline('by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET')).toBe('Bryan DeArdo');
    expect(cleanByline('Finian Cunningham. Sputnik International')).toBe('Finian Cunningham');
    expect(cleanByline('Detroit News wire services Published 11:11 p.m.')).toBeNull();
    expect(cleanByline('Analysis by Chris Cillizza')).toBe('Chris Cillizza');
    expect(cleanByline('The Russian and Syrian defense ministries')).toBeNull();
    expect(cleanByline('Anna van der Berg')).toBe('Anna van der Berg');
    expect(cleanByline('Last Updated')).toBeNull();
  });
  it('is none when the declared author is the outlet or a wire, not the next byline-like line', () => {
    expect(chooseByline('Reuters', ['Reuters, Washington, Nov 20 2019'], 'Deccan Herald')).toBeNull();
    expect(chooseByline('RT', ['RT'], 'RT International')).toBeNull();
    expect(chooseByline(null, ['Al Jazeera'], 'Al Jazeera', true)).toBeNull();
    // A blog named after its author still credits the author.
    expect(chooseByline('Haki Benita', [], 'Haki Benita')).toBe('Haki Benita');
    expect(chooseByline(null, ['Jane Doe'], 'The Daily')).toBe('Jane Doe');
  });
  it('reads an organisation in JSON-LD as no person', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council expands buses","author":{"@type":"Organization","name":"Al Jazeera"}}</script><meta property="og:site_name" content="Al Jazeera">';
    const a = extractArticle(doc(page(ld, body('<p class="byline">Al Jazeera</p>'))), { url: 'https://e.com/a', now: NOW });
    expect(a.byline).toBeNull();
  });
});

describe('title and date', () => {
  it('decodes HTML entities that CMS plugins leave in JSON-LD', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Review &#8211; shoots for the moon"}</script>';
    const a = extractArticle(doc(page(ld, body().replace('Council expands buses', 'Review – shoots for the moon'))), { url: 'https://e.com/a', now: NOW });
    expect(a.title).toBe('Review – shoots for the moon');
  });
  it('of two declared times that disagree, takes the one the page shows', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20T04:31:13-06:00"}</script><meta property="article:published_time" content="2019-11-20T04:31:13+00:00">';
    const a = extractArticle(doc(page(head, body('<div class="date">Nov 19, 2019, 10:31 pm CST</div>'))), { url: 'https://e.com/a', now: NOW });
    expect(a.publishedTime).toBe('2019-11-20T04:31:13Z');
  });
  it('a day only, with the time given elsewhere for that day, gets the time', () => {
    const ld = '<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2018-09-15T10:15:48+02:00"},{"@type":"Article","datePublished":"2018-09-15"}]</script>';
    const a = extractArticle(doc(page(ld, body())), { url: 'https://e.com/a', now: NOW });
    expect(a.publishedTime).toBe('2018-09-15T10:15:48+02:00');
  });
  it('reads a date that is a part of <title> of its own, when the page shows none', () => {
    const a = extractArticle(doc(page('', body(), 'Council expands buses - 07.12.2017 - LA NACION')), { url: 'https://e.com/a', now: NOW });
    expect(a.publishedTime).toBe('2017-12-07');
    const b = extractArticle(doc(page('', body(), 'What happened on March 3, 2015 and why it matters for the city')), { url: 'https://e.com/a', now: NOW });
    expect(b.publishedTime).toBeNull();
  });
  it('never takes a date from a citation or an infobox cell', () => {
    const refs = '<ol class="references"><li><cite>"The Story". Retrieved <span class="reference-accessdate">2016-05-01</span></cite></li></ol>';
    const infobox = '<table><tr><td>Released <span class="published">1998-02-28</span></td></tr></table>';
    expect(findDateline(doc(page('', `<h1>Mozilla</h1>${infobox}${para(1)}${refs}`)), NOW)).toBeNull();
    // A layout table that holds the whole page is no fact cell.
    const layout = `<table><tr><td><h1>Amnesty report</h1><div class="article_date">November 20, 2019 - 11:28 AMT</div>${[1, 2, 3, 4, 5, 6, 7].map(para).join('')}</td></tr></table>`;
    expect(findDateline(doc(page('', layout)), NOW)?.date).toBe('2019-11-20');
  });
});
