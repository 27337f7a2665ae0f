import { describe, expect, it, vi } from 'vitest';
import { charsetOf, fetchText, parseRetryAfter, SourceError } from '../../utils/sources/http';

const noSleep = vi.fn(async () => undefined);

function respond(...responses: (Response | Error)[]) {
  let i = 0;
  return vi.fn(async () => {
    const r = responses[Math.min(i++, responses.length - 1)];
    if (r instanceof Error) throw r;
    return r;
  }) as unknown as typeof fetch;
}

describe('fetchText', () => {
  it('retries 5xx with backoff and gives up after the last try', async () => {
    const f = respond(new Response('x', { status: 503 }), new Response('x', { status: 502 }), new Response('x', { status: 500 }));
    await expect(fetchText('http://x', { fetch: f, sleep: noSleep, retries: 2 })).rejects.toThrow(/HTTP 500/);
    expect(f).toHaveBeenCalledTimes(3);
  });
  it('recovers when a retry succeeds', async () => {
    const f = respond(new TypeError('network down'), new Response('ok'));
    await expect(fetchText('http://x', { fetch: f, sleep: noSleep })).resolves.toMatchObject({ text: 'ok', status: 200 });
  });
  it('does not retry before a long Retry-After: it fails as rate-limited with the time', async () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    const f = respond(new Response('slow down', { status: 429, headers: { 'retry-after': '120' } }));
    const err = await fetchText('http://x', { fetch: f, sleep: noSleep, now: () => now }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.kind).toBe('rate-limited');
    expect(err.retryAt.toISOString()).toBe('2025-01-01T12:02:00.000Z');
    expect(f).toHaveBeenCalledTimes(1);
  });
  it('caps the body size', async () => {
    const f = respond(new Response('x'.repeat(2000)));
    await expect(fetchText('http://x', { fetch: f, maxBytes: 1000 })).rejects.toMatchObject({ kind: 'too-large' });
  });
  it('times out a request that never answers', async () => {
    const hang = vi.fn((_u: string, init: RequestInit) => new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    await expect(fetchText('http://x', { fetch: hang, timeoutMs: 50, retries: 0 })).rejects.toMatchObject({ kind: 'timeout' });
  });
  it('decodes the declared charset', async () => {
    const latin1 = new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]);
    const f = respond(new Response(latin1, { headers: { 'content-type': 'text/xml; charset=windows-1252' } }));
    expect((await fetchText('http://x', { fetch: f })).text).toBe('<a>é</a>');
  });
});

describe('charsetOf and parseRetryAfter', () => {
  it('reads the XML prolog when the header says nothing', () => {
    expect(charsetOf(null, new TextEncoder().encode('<?xml version="1.0" encoding="Shift_JIS"?><rss/>'))).toBe('shift_jis');
  });
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5', 1000)).toBe(6000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', 0)).toBe(Date.UTC(2015, 9, 21, 7, 28));
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});
