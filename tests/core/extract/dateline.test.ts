import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { dateFromUrl, findDateline, parseDateline } from '../../../utils/core/extract/dateline';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const iso = (t: string) => parseDateline(t, NOW)?.iso ?? null;

describe('parseDateline', () => {
  it('reads dates with times and zones to ISO 8601 with offset', () => {
    expect(iso('2/26/2015 7:11 AM PST BY TMZ STAFF')).toBe('2015-02-26T07:11:00-08:00');
    expect(iso('First published February 1, 2016: 1:28 AM ET')).toBe('2016-02-01T01:28:00-05:00');
    expect(iso('March 18, 2015 at 3:57 PM ET')).toBe('2015-03-18T15:57:00-04:00');
    expect(iso('Sunday, Feb 1, 2015 11:57 AM UTC')).toBe('2015-02-01T11:57:00Z');
    expect(iso('January 18, 2017 11:00 PM PST')).toBe('2017-01-18T23:00:00-08:00');
    expect(iso('1 de diciembre de 2017 3:00 AM PST')).toBe('2017-12-01T03:00:00-08:00');
    expect(iso('Updated 12:30 GMT, 4 May 2017')).toBe('2017-05-04T12:30:00Z');
    expect(iso('4 May 2017 12:30 BST')).toBe('2017-05-04T12:30:00+01:00');
  });
  it('gives a date only when no zone is stated', () => {
    expect(iso('posted on April 21, 2015, at 11:29 a.m.')).toBe('2015-04-21');
    expect(iso('2016年10月14日07:17')).toBe('2016-10-14');
    expect(iso('Feb. 23, 2015 -- Life-threatening')).toBe('2015-02-23');
    expect(iso('26.02.2015')).toBe('2015-02-26');
  });
  it('is unknown rather than wrong', () => {
    expect(iso('32 Foo 2015')).toBeNull();
    expect(iso('')).toBeNull();
    expect(iso('March 18 at 3:57 PM')).toBeNull();
    expect(iso('May 1, 2099')).toBeNull();
    expect(iso('February 30, 2015')).toBeNull();
    expect(iso('3/4/2015')).toBeNull();
  });
});

describe('findDateline and dateFromUrl', () => {
  it('finds the date line near the headline, not a sidebar date', () => {
    const { document } = parseHTML(`<html><body><div class="sidebar"><span class="date">January 2, 2014</span></div>
      <h1>Headline</h1><p class="byline">By Jo Roe</p><span class="timestamp">March 13, 2015 9:00PM</span><p>Text.</p></body></html>`);
    expect(findDateline(document as unknown as Document, NOW)?.iso).toBe('2015-03-13');
  });
  it('reads the date in a URL', () => {
    expect(dateFromUrl('http://x.com/world/story/2015/03/18/abc_story.html', NOW)).toBe('2015-03-18');
    expect(dateFromUrl('https://x.org/some-title-20190520/', NOW)).toBe('2019-05-20');
    expect(dateFromUrl('https://x.org/item/123456789', NOW)).toBeNull();
  });
});
