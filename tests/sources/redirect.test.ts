/**
 * Redirects checked (issue 14, finding 5): a source answering 302 to another host must not make
 * Parallax send that request (blind request forgery through a granted host). Real HTTP on loopback.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed } from '../../utils/feed-index/poll';
import { articleFromText } from '../../utils/core/article-from-text';
import { buildQuery } from '../../utils/core/query';
import { gdeltSource } from '../../utils/sources/gdelt';
import { DEFAULT_SETTINGS } from '../../utils/settings/defaults';
import { readLinkedArticle } from '../../utils/story/linked/read';
import { parseLinkedPageWithLinkedom } from '../../utils/story/linked/node';

let privateHits = 0;
let granted: http.Server;
let internal: http.Server;
let grantedBase = '';

beforeAll(async () => {
  internal = http.createServer((_req, res) => {
    privateHits++;
    res.end('{}');
  });
  await new Promise<void>((r) => internal.listen(0, '127.0.0.98', r));
  const target = `http://127.0.0.98:${(internal.address() as AddressInfo).port}/admin/delete-everything`;
  granted = http.createServer((_req, res) => {
    res.writeHead(302, { location: target });
    res.end();
  });
  await new Promise<void>((r) => granted.listen(0, '127.0.0.97', r));
  grantedBase = `http://127.0.0.97:${(granted.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await Promise.all([granted, internal].map((s) => new Promise((r) => s.close(r))));
});

describe('a source that redirects', () => {
  it('a feed answering 302 to another host: that host is never requested, and the feed fails saying why', async () => {
    privateHits = 0;
    const result = await pollFeed({ url: `${grantedBase}/rss.xml`, name: 'Moved', enabled: true }, undefined, { fetch });
    expect(privateHits).toBe(0);
    expect(result.items).toBeNull();
    expect(result.state.lastError).toMatch(/redirected/);
  });

  it('a search API answering 302: the same', async () => {
    privateHits = 0;
    const settings = { ...DEFAULT_SETTINGS, sources: { ...DEFAULT_SETTINGS.sources, gdelt: { enabled: true, baseUrl: `${grantedBase}/api/v2/doc/doc`, minIntervalMs: 0 } } };
    await expect(gdeltSource.search(buildQuery(articleFromText({ url: 'https://a.example/1', title: 'Nvidia to supply Korea with chips', text: 'Nvidia will supply South Korea with 260,000 chips, Jensen Huang said in Gyeongju.' })), { fetch, settings })).rejects.toThrow(/redirected/);
    expect(privateHits).toBe(0);
  });

  it('a linked page answering 302 (the reader allowed that site, not where it points): the same, with what to do instead', async () => {
    privateHits = 0;
    await expect(readLinkedArticle(`${grantedBase}/story`, { fetch, parse: parseLinkedPageWithLinkedom })).rejects.toThrow(/redirects to another address.*Open the link/);
    expect(privateHits).toBe(0);
  });
});
