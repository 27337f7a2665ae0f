/**
 * The network policy every source shares: a timeout per request, retries with full-jitter
 * backoff on network errors, 5xx and 429, Retry-After honoured, a cap on body size, and the
 * body decoded with the charset the server or the document declares.
 */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'http' | 'network' | 'too-large' | 'rate-limited' | 'malformed' | 'aborted' | 'paused' | 'redirected',
    readonly retryAt?: Date,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export interface FetchPolicy {
  fetch: typeof fetch;
  signal?: AbortSignal;
  timeoutMs?: number;
  retries?: number;
  maxBytes?: number;
  baseDelayMs?: number;
  headers?: Record<string, string>;
  /**
   * 'refuse' (every source): a redirect is never followed. A source on a granted host answering 302
   * to another (private) host would otherwise make the extension send that request, and fetch's
   * 'manual' mode hides the target (an opaque redirect), so where it points cannot be checked: the
   * source fails saying it moved. 'follow' (default) is for a page the reader chose to open.
   */
  redirects?: 'follow' | 'refuse';
  /** Longest Retry-After we wait out inside one request; longer ones fail as rate-limited. */
  maxRetryAfterMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface FetchedText {
  status: number;
  text: string;
  headers: Headers;
  url: string;
}

export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return now + Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isFinite(t) ? t : null;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new SourceError('aborted', 'aborted'));
    });
  });

export function charsetOf(contentType: string | null, head: Uint8Array): string {
  const fromHeader = contentType?.match(/charset=["']?([\w-]+)/i)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  return (ascii.match(/<\?xml[^>]*encoding=["']([\w-]+)["']/i) ?? ascii.match(/<meta[^>]+charset=["']?([\w-]+)/i))?.[1]?.toLowerCase() ?? 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) throw new SourceError(`response too large (${declared} bytes)`, 'too-large');
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new SourceError(`response larger than ${maxBytes} bytes`, 'too-large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export async function fetchText(url: string, policy: FetchPolicy): Promise<FetchedText> {
  const now = policy.now ?? Date.now;
  const sleep = policy.sleep ?? defaultSleep;
  const random = policy.random ?? Math.random;
  const retries = policy.retries ?? 2;
  const base = policy.baseDelayMs ?? 300;
  let lastError: SourceError | null = null;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (policy.signal?.aborted) throw new SourceError('aborted', 'aborted');
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    policy.signal?.addEventListener('abort', onAbort);
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs ?? 8000);
    try {
      const refuse = policy.redirects === 'refuse';
      const res = await policy.fetch(url, { signal: controller.signal, headers: policy.headers, credentials: 'omit', redirect: refuse ? 'manual' : 'follow' });
      // A browser answers an opaque redirect (status 0); Node shows the 3xx itself.
      if (refuse && (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400 && res.status !== 304))) {
        throw new SourceError(`${new URL(url).host} redirected to another address (not followed: set the address it moved to)`, 'redirected');
      }
      if (res.status === 429 || res.status === 503) {
        const retryAt = parseRetryAfter(res.headers.get('retry-after'), now());
        if (retryAt !== null && retryAt - now() > (policy.maxRetryAfterMs ?? 2000)) {
          throw new SourceError(`rate-limited until ${new Date(retryAt).toISOString()}`, 'rate-limited', new Date(retryAt));
        }
        lastError = new SourceError(`HTTP ${res.status}`, res.status === 429 ? 'rate-limited' : 'http', retryAt ? new Date(retryAt) : undefined);
        if (attempt < retries) await sleep(retryAt !== null ? Math.max(0, retryAt - now()) : random() * base * 2 ** attempt, policy.signal);
        continue;
      }
      if (res.status >= 500) {
        lastError = new SourceError(`HTTP ${res.status}`, 'http');
        if (attempt < retries) await sleep(random() * base * 2 ** attempt, policy.signal);
        continue;
      }
      if (!res.ok && res.status !== 304) throw new SourceError(`HTTP ${res.status}`, 'http');
      const bytes = await readCapped(res, policy.maxBytes ?? 5_000_000);
      return { status: res.status, text: decode(bytes, charsetOf(res.headers.get('content-type'), bytes.subarray(0, 1024))), headers: res.headers, url: res.url || url };
    } catch (error) {
      if (error instanceof SourceError && error.kind !== 'network') {
        if (error.kind === 'rate-limited' || error.kind === 'too-large' || error.kind === 'http' || error.kind === 'redirected') throw error;
        lastError = error;
      } else if (policy.signal?.aborted) {
        throw new SourceError('aborted', 'aborted');
      } else if (controller.signal.aborted) {
        // A source that let a whole timeout pass is not asked again at once: three attempts made
        // one hanging source hold every story for 24 s (the guard pauses it for the session).
        throw new SourceError(`no answer within ${(policy.timeoutMs ?? 8000) / 1000} s`, 'timeout');
      } else {
        lastError = new SourceError(error instanceof Error ? error.message : String(error), 'network');
      }
      if (attempt < retries) await sleep(random() * base * 2 ** attempt, policy.signal);
    } finally {
      clearTimeout(timer);
      policy.signal?.removeEventListener('abort', onAbort);
    }
  }
  throw lastError ?? new SourceError('request failed', 'network');
}
