/** Metadata fields: site names, bylines, titles and dates in the cases issue 3 met. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../utils/core/extract/article';
import { chooseByline, cleanByline } from '../../../utils/core/extract/clean';
import { dropTagline, siteFromCopyright, siteFromHandle } from '../../../utils/core/extract/site';
import { findDateline, parseDateline } from '../../../utils/core/extract/dateline';
import { spacedText } from '../../../utils/core/extract/dom';
import { settleLang } from '../../../utils/core/extract/lang';

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

describe('byline furniture (AEB dev, second batch)', () => {
  it('reads the names in an author block apart from the link beside them, and cuts at link labels and glued dates', () => {
    const block = doc('<div class="author"><a href="/a/jo">Jose Altoveros</a><a href="/a/jo"><span>View More Articles</span></a></div>').querySelector('div')!;
    expect(spacedText(block)).toBe('Jose Altoveros View More Articles');
    expect(spacedText(doc('<p><b>J</b>ane Doe</p>').querySelector('p')!)).toBe('Jane Doe');
    expect(cleanByline('Jose Altoveros View More Articles')).toBe('Jose Altoveros');
    expect(cleanByline('By Carrie ArnoldNovember 15, 2019')).toBe('Carrie Arnold');
    const a = extractArticle(doc(page('', body('<h4 class="author-box"><a href="/a/jo">Jose Altoveros</a><a href="/a/jo">View More Articles</a></h4>'))), { url: 'https://e.com/a', now: NOW });
    expect(a.byline).toBe('Jose Altoveros');
  });
  it('strips credentials after a name, with or without commas, and never title-cases them', () => {
    expect(cleanByline('Ilana Muhlstein, MS, RDN')).toBe('Ilana Muhlstein');
    expect(cleanByline('Rachael Link MS RD')).toBe('Rachael Link');
    expect(cleanByline('JANE DOE, RDN, CDCES')).toBe('Jane Doe');
    // A surname that spells a credential, in a name written in capitals, stays.
    expect(cleanByline('ANH DO')).toBe('Anh Do');
    expect(cleanByline('Jane DeMay')).toBe('Jane DeMay');
  });
  it('a desk credited as "<outlet> staff" is no person', () => {
    expect(cleanByline('By JERUSALEM POST STAFF NOVEMBER 20, 2019 10:43')).toBeNull();
    expect(chooseByline('Science X staff', ['by European Space Agency'], 'Phys.org')).toBeNull();
    expect(cleanByline('Jane Doe, Staff Writer')).toBe('Jane Doe');
  });
  it('drops the outlet\'s name written after the writer\'s', () => {
    expect(chooseByline(null, ['Elliot Brownstein Florida Today'], 'floridatoday')).toBe('Elliot Brownstein');
    expect(chooseByline(null, ['Elliot Brownstein Florida Today'], 'Florida Today - Brevard news and more')).toBe('Elliot Brownstein'); // a site name with its tagline
    expect(chooseByline(null, ['Jane Doe The Daily Planet'], 'The Daily Planet')).toBe('Jane Doe');
    expect(chooseByline(null, ['Jane Doe'], 'Doe')).toBe('Jane Doe');
  });
  it('takes a person from the author block when the declared author is the outlet, never the outlet itself', () => {
    expect(chooseByline('Sky News', ['Sky', 'Tom Gillespie News reporter @TomGillespie1'], 'Sky News', true)).toBe('Tom Gillespie');
    expect(chooseByline(null, ['Al Jazeera'], 'Al Jazeera English', true)).toBeNull();
    expect(chooseByline('Reuters', ['Reuters, Washington, Nov 20 2019'], 'Deccan Herald')).toBeNull();
  });
  it('reads the author and date of a JSON-LD node that is no article type but carries a headline', () => {
    const ld = '<script type="application/ld+json">{"@type":"MedicalWebPage","headline":"Council expands buses","author":{"@type":"Person","name":"Jane Roe, MS, RD"},"datePublished":"2019-11-14T08:00:00.000Z"}</script>';
    const a = extractArticle(doc(page(ld, body())), { url: 'https://e.com/a', now: NOW });
    expect(a.byline).toBe('Jane Roe');
    expect(a.publishedTime).toBe('2019-11-14T08:00:00Z');
  });
  it('mends JSON-LD with a raw line break inside a string', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","description":"Two\nlines","datePublished":"2019-11-20 12:32:13+08:00","author":{"@type":"Person","name":"Jane Roe"}}</script><meta property="article:published_time" content="November 20, 2019 12:32">';
    const a = extractArticle(doc(page(ld, body())), { url: 'https://e.com/a', now: NOW });
    expect(a.byline).toBe('Jane Roe');
    expect(a.publishedTime).toBe('2019-11-20T12:32:13+08:00');
  });
});

describe('dates (AEB dev, second batch)', () => {
  it('prefers the publication <time> when the declared time is its UTC clock with the local offset attached', () => {
    const head = '<meta property="article:published_time" content="2018-09-10T16:25:36-05:00">';
    const shown = '<time class="entry-date published updated" datetime="2018-09-10T11:25:36-05:00">September 10, 2018</time>';
    expect(extractArticle(doc(page(head, body(shown))), { url: 'https://e.com/a', now: NOW }).publishedTime).toBe('2018-09-10T11:25:36-05:00');
    // A <time> that differs by anything else is another time (an update): the declared one stands.
    const other = '<time class="published" datetime="2018-09-10T12:25:36-05:00">September 10, 2018</time>';
    expect(extractArticle(doc(page(head, body(other))), { url: 'https://e.com/a', now: NOW }).publishedTime).toBe('2018-09-10T16:25:36-05:00');
  });
  it('takes the original time from "Updated … / Original …", and marks an update', () => {
    expect(parseDateline('Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET', NOW)?.iso).toBe('2019-11-19T08:02:00-05:00');
    expect(parseDateline('Updated: March 3, 2019 at 9:00 AM EST', NOW)?.updated).toBe(true);
    expect(parseDateline('Published March 3, 2019', NOW)?.updated).toBe(false);
  });
  it('reads common zone abbreviations beyond the US and Europe', () => {
    expect(parseDateline('November 20, 2019 - 11:28 AMT', NOW)?.iso).toBe('2019-11-20T11:28:00+04:00');
    expect(parseDateline('20 November 2019 09:15 EAT', NOW)?.iso).toBe('2019-11-20T09:15:00+03:00');
    expect(parseDateline('20 November 2019 09:15 NPT', NOW)?.iso).toBe('2019-11-20T09:15:00+05:45');
  });
  it('reads a date line labelled as the publication, in other languages, above the headline or loose in a block', () => {
    const de = '<p class="about"><span class="about__block">Von</span> <span class="about__block">publiziert am 30. Juli 2018</span></p><h1>Shopware und Magento im Vergleich</h1>' + para(1);
    expect(findDateline(doc(page('', de)), NOW)?.iso).toBe('2018-07-30');
    const ko = '<div class="newsContent"><dl><dt>제목</dt></dl> 기사입력 :[ 2018-09-28 17:32 ] <div class="newsArticle">' + para(1) + para(2) + '</div></div>';
    expect(findDateline(doc(page('', ko)), NOW)?.date).toBe('2018-09-28');
  });
});

describe('title and language (AEB dev, second batch)', () => {
  it('a short <h1> that is the <title> before its site tail is the headline; the tail is the site', () => {
    const a = extractArticle(doc(page('', body().replace('Council expands buses', 'About bugs'), 'About bugs – Vortex Cannon Entertainment')), { url: 'https://e.com/a', now: NOW });
    expect(a.title).toBe('About bugs');
    expect(a.siteName).toBe('Vortex Cannon Entertainment');
    // A logo <h1> linking home is the site's name, not the headline.
    const logo = `<header><h1><a href="/">Example Blog</a></h1></header>${body().replace(/<h1>.*?<\/h1>/, '<h2>How I built it</h2>')}`;
    expect(extractArticle(doc(page('', logo, 'Example Blog – How I built the new bus network')), { url: 'https://e.com/a', now: NOW }).title).not.toBe('Example Blog');
  });
  it('of <html lang> and a content-language meta that disagree, takes the one the text is written in (settled outside the page)', () => {
    const de = '<p>Die Stadt hat am Dienstag beschlossen, dass die Busse auch in der Nacht fahren, und das ist für die Schüler eine gute Nachricht, die sich mit dem Rat über die Kosten gestritten haben.</p>';
    const html = (lang: string, text: string) => `<!doctype html><html lang="${lang}"><head><title>Busse</title><meta http-equiv="content-language" content="de"></head><body><article><h1>Busse in der Nacht</h1>${text.repeat(6)}</article></body></html>`;
    const german = extractArticle(doc(html('en', de)), { url: 'https://e.com/a', now: NOW });
    expect(german).toMatchObject({ lang: 'en', langDeclaredOther: 'de' }); // the page reports both; it detects nothing
    expect(settleLang(german)).toBe('de');
    // English text: the html lang stands.
    expect(settleLang(extractArticle(doc(html('en', para(1))), { url: 'https://e.com/a', now: NOW }))).toBe('en');
  });
});
