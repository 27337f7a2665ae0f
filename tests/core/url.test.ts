import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, domainOf, hostPermission, stableId } from '../../utils/core/url';

describe('canonicalizeUrl', () => {
  it('drops tracking parameters and fragments, keeps the rest in a stable order', () => {
    expect(canonicalizeUrl('https://WWW.Example.com/a/b?utm_source=x&b=2&fbclid=y&a=1&gclid=z&mc_cid=q#top')).toBe('https://www.example.com/a/b?a=1&b=2');
  });
  it('resolves relative URLs and removes default ports and trailing slashes', () => {
    expect(canonicalizeUrl('/news/x/', 'https://example.com:443/home')).toBe('https://example.com/news/x');
  });
  it('leaves what is not a web URL alone', () => {
    expect(canonicalizeUrl('chrome://newtab/')).toBe('chrome://newtab/');
    expect(canonicalizeUrl('not a url')).toBe('not a url');
  });
});

describe('domainOf and stableId', () => {
  it('names outlets by host without www', () => {
    expect(domainOf('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(domainOf('nonsense')).toBe('');
  });
  it('gives the same id for the same input and different ids otherwise', () => {
    expect(stableId('https://a.example/1')).toBe(stableId('https://a.example/1'));
    expect(stableId('https://a.example/1')).not.toBe(stableId('https://a.example/2'));
  });
});

describe('hostPermission', () => {
  it('asks for the site on any port: Firefox never matches a pattern that names one', () => {
    expect(hostPermission('http://127.0.0.13:46355/news/a?b=1')).toBe('http://127.0.0.13/*');
    expect(hostPermission('https://www.example.org/x')).toBe('https://www.example.org/*');
    expect(hostPermission('http://[::1]:8080/')).toBe('http://[::1]/*');
  });
});
