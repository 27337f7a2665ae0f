/**
 * Errors that tell the reader what to do. The API key never appears in one: provider messages
 * are passed through `redact` (OpenAI's 401 quotes part of the key back: "Incorrect API key
 * provided: sk-VKMIs****wjh3"), and URLs are reduced to their host (a key may sit in a query).
 */
export type AiErrorKind =
  | 'auth'
  | 'ollama-origin'
  | 'forbidden'
  | 'rate-limited'
  | 'not-found'
  | 'bad-request'
  | 'overloaded'
  | 'server'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unavailable';

export class AiError extends Error {
  constructor(
    message: string,
    readonly kind: AiErrorKind,
    readonly status?: number,
    readonly retryAt?: Date,
  ) {
    super(message);
    this.name = 'AiError';
  }
}

/** Remove the key, and anything shaped like a key or a bearer token, from text shown or logged. */
export function redact(text: string, key?: string): string {
  let out = text;
  if (key && key.length >= 4) out = out.split(key).join('[key]');
  return out
    .replace(/Bearer\s+\S+/gi, 'Bearer [key]')
    .replace(/\b(sk|pk|rk)-[A-Za-z0-9_*.-]{4,}/g, '[key]')
    .replace(/([?&](?:api[_-]?)?key=)[^&\s"]+/gi, '$1[key]');
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the configured address';
  }
}

/** When to ask again: Retry-After (seconds or a date), retry-after-ms, or OpenAI's "try again in 6.5s". */
export function retryAtOf(headers: Headers, body: string, now = Date.now()): Date | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (ms > 0) return new Date(now + ms);
  const ra = headers.get('retry-after')?.trim();
  if (ra && /^\d+(\.\d+)?$/.test(ra)) return new Date(now + Number(ra) * 1000);
  if (ra && Number.isFinite(Date.parse(ra))) return new Date(Date.parse(ra));
  const m = body.match(/try again in (\d+(?:\.\d+)?)\s*(ms|s|m)\b/i);
  if (m) return new Date(now + Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000));
  return undefined;
}

/** The provider's own message from an OpenAI (`{error:{message}}`) or Anthropic (`{type:"error",error:{type,message}}`) body. */
export function providerMessage(body: string): { message?: string; type?: string } {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown; type?: unknown; code?: unknown } | string; message?: unknown };
    const error = parsed.error;
    if (typeof error === 'string') return { message: error };
    if (error && typeof error === 'object') {
      return { message: typeof error.message === 'string' ? error.message : undefined, type: typeof error.type === 'string' ? error.type : undefined };
    }
    if (typeof parsed.message === 'string') return { message: parsed.message };
  } catch {
    // not JSON: fall through to the text itself
  }
  return { message: body.trim() || undefined };
}

const short = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

export interface ErrorContext {
  provider: string;
  url: string;
  key?: string;
}

/** Map an HTTP error answer to an AiError whose message says what to do. */
export function errorFromResponse(status: number, headers: Headers, body: string, ctx: ErrorContext): AiError {
  const host = hostOf(ctx.url);
  const said = providerMessage(body);
  const detail = said.message ? ` (${ctx.provider} said: ${short(redact(said.message, ctx.key))})` : '';
  if (status === 401) {
    if (/anthropic-dangerous-direct-browser-access/.test(body)) {
      return new AiError(`${ctx.provider} refused a browser request without the direct-access header: update Parallax.`, 'auth', status);
    }
    return new AiError(`${ctx.provider} did not accept the API key: check the key in Options → AI (is it complete, and for this provider?).${detail}`, 'auth', status);
  }
  if (status === 403) {
    // Ollama answers a request from an origin it does not allow with an empty 403.
    if (!body.trim() || /:11434$/.test(host)) {
      return new AiError(
        `${host} refused the extension's origin. If this is Ollama, allow it: set OLLAMA_ORIGINS=chrome-extension://*,moz-extension://* in Ollama's environment and restart Ollama.`,
        'ollama-origin',
        status,
      );
    }
    return new AiError(`${ctx.provider} refused the request: check the key's permissions and the model.${detail}`, 'forbidden', status);
  }
  if (status === 429) {
    const retryAt = retryAtOf(headers, body);
    const when = retryAt ? `try again after ${retryAt.toLocaleTimeString()}` : 'try again in a minute';
    return new AiError(`${ctx.provider} is rate-limiting requests (or the account is out of credit): ${when}.${detail}`, 'rate-limited', status, retryAt);
  }
  if (status === 404) return new AiError(`${ctx.provider} at ${host} has no such model or endpoint: check the base URL and the model name.${detail}`, 'not-found', status);
  if (status === 529 || said.type === 'overloaded_error') return new AiError(`${ctx.provider} is overloaded: try again in a few minutes.${detail}`, 'overloaded', status);
  if (status >= 500) return new AiError(`${ctx.provider} had a server error (HTTP ${status}): try again later.${detail}`, 'server', status);
  return new AiError(`${ctx.provider} rejected the request (HTTP ${status}): check the model name and settings.${detail}`, 'bad-request', status);
}

/** An error inside a stream (`data: {"error":…}` or Anthropic's `event: error`). */
export function errorFromStream(payload: string, ctx: ErrorContext): AiError {
  const said = providerMessage(payload);
  if (said.type === 'overloaded_error') return new AiError(`${ctx.provider} is overloaded: try again in a few minutes.`, 'overloaded');
  if (said.type === 'rate_limit_error') return new AiError(`${ctx.provider} is rate-limiting requests: try again in a minute.`, 'rate-limited');
  return new AiError(`${ctx.provider} stopped with an error: try again.${said.message ? ` (${short(redact(said.message, ctx.key))})` : ''}`, 'server');
}

/** fetch() itself failed: nothing answered. */
export function networkError(url: string, provider: string): AiError {
  return new AiError(
    `Could not reach ${provider} at ${hostOf(url)}: check the base URL, that the server is running (Ollama: \`ollama serve\`; LM Studio: start its server), and the connection.`,
    'network',
  );
}
