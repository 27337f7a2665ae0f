import { describe, expect, it } from 'vitest';
import { errorFromResponse, redact, retryAtOf } from '../../../utils/brief/engines/errors';
import { sample } from './helpers';

const KEY = 'sk-proj-SECRETsecret0123456789abcdefXYZ9';
const ctx = { provider: 'OpenAI', url: 'https://api.openai.com/v1/chat/completions?key=abc', key: KEY };

describe('errors that say what to do', () => {
  it('401: check the key — and never repeat it, not even masked', () => {
    const body = JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY.slice(0, 8)}****${KEY.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    const e = errorFromResponse(401, new Headers(), body, ctx);
    expect(e.kind).toBe('auth');
    expect(e.message).toMatch(/check the key/);
    expect(e.message).not.toContain(KEY);
    expect(e.message).not.toContain(KEY.slice(0, 8));
    expect(e.message).not.toContain(KEY.slice(-4) + '.');
  });

  it("Anthropic's CORS 401 (its wire body) is told apart from a bad key", () => {
    const e = errorFromResponse(401, new Headers(), sample('anthropic-cors-error-401.json'), { ...ctx, provider: 'Anthropic' });
    expect(e.kind).toBe('auth');
    expect(e.message).toMatch(/direct-access header/);
  });

  it("Ollama's empty 403: set OLLAMA_ORIGINS", () => {
    const e = errorFromResponse(403, new Headers(), '', { provider: 'The AI server', url: 'http://localhost:11434/v1/chat/completions' });
    expect(e.kind).toBe('ollama-origin');
    expect(e.message).toContain('OLLAMA_ORIGINS=chrome-extension://*');
  });

  it('429: rate limited, with when to retry', () => {
    const now = Date.now();
    const e = errorFromResponse(429, new Headers({ 'retry-after': '20' }), '{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}', ctx);
    expect(e.kind).toBe('rate-limited');
    expect(e.retryAt!.getTime()).toBeGreaterThanOrEqual(now + 19_000);
    expect(e.message).toMatch(/try again after/);
    expect(retryAtOf(new Headers(), 'Please try again in 6.596s.', 0)!.getTime()).toBe(6596);
    expect(retryAtOf(new Headers({ 'retry-after-ms': '250' }), '', 0)!.getTime()).toBe(250);
  });

  it('redacts keys, bearer tokens and key query parameters', () => {
    expect(redact(`a ${KEY} b`, KEY)).toBe('a [key] b');
    expect(redact('Authorization: Bearer abc.def')).toBe('Authorization: Bearer [key]');
    expect(redact('sk-ant-api03-abcdef and sk-VKMIs****wjh3')).toBe('[key] and [key]');
    expect(redact('https://x.example/v1?key=secret&x=1')).toBe('https://x.example/v1?key=[key]&x=1');
  });
});
