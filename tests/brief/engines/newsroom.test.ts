/**
 * The AI engines against the sample newsroom's endpoints, over real HTTP: the OpenAI-compatible
 * engine pointed at `${apiBase}/ai/openai/v1` (and Anthropic at `${apiBase}/ai/anthropic`)
 * composes a validated page for the reference story; malformed output and unknown citations
 * fall back section by section; provider errors say what to do.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { briefSources } from '../../../utils/brief/docs';
import { validateBrief } from '../../../utils/brief/schema';
import { createAnthropicEngine } from '../../../utils/brief/engines/anthropic';
import { AiError } from '../../../utils/brief/engines/errors';
import { createOpenAiEngine } from '../../../utils/brief/engines/openai';
import { aiRequests, MODES, NEWSROOM_AI_KEY } from '../../newsroom/ai';
import { startNewsroom, type Newsroom } from '../../newsroom/server';
import { referenceInput } from './helpers';

let newsroom: Newsroom;
beforeAll(async () => {
  newsroom = await startNewsroom();
});
afterAll(() => newsroom.stop());
beforeEach(() => {
  aiRequests.length = 0;
});

const openai = (model: string, apiKey: string = NEWSROOM_AI_KEY) => createOpenAiEngine({ baseUrl: `${newsroom.apiBase}/ai/openai/v1`, model, apiKey });
const anthropic = (model: string, apiKey: string = NEWSROOM_AI_KEY) => createAnthropicEngine({ baseUrl: `${newsroom.apiBase}/ai/anthropic`, model, apiKey });

describe('AI engines against the sample newsroom', () => {
  it('the OpenAI-compatible engine produces a validated page for the reference story', async () => {
    const input = referenceInput();
    const partials: string[] = [];
    const brief = await openai(MODES.brief).compose(input, { onPartial: (p) => partials.push(Object.keys(p).join()) });
    const checked = validateBrief(brief);
    expect(checked.ok).toBe(true);
    expect(brief.engine).toBe('openai');
    expect(brief.fallbackSections).toEqual([]);
    expect(brief.happened.length).toBeGreaterThanOrEqual(2);
    expect(brief.papers.outlets.length).toBeGreaterThanOrEqual(4);
    expect(brief.sources).toEqual(briefSources(input));
    expect(partials.length).toBeGreaterThan(1);
    // What went over the wire.
    expect(aiRequests).toHaveLength(1);
    const [request] = aiRequests;
    if (!request) throw new Error('no request reached the newsroom');
    expect(request.path).toBe('/ai/openai/v1/chat/completions');
    expect(request.headers.authorization).toBe(`Bearer ${NEWSROOM_AI_KEY}`);
    expect((request.body as { stream: boolean }).stream).toBe(true);
  });

  it('so does the Anthropic engine', async () => {
    const brief = await anthropic(MODES.brief).compose(referenceInput(), {});
    expect(validateBrief(brief).ok).toBe(true);
    expect(brief.fallbackSections).toEqual([]);
    expect(aiRequests[0]?.headers['anthropic-dangerous-direct-browser-access']).toBe('true');
  });

  it('malformed (cut-off) output keeps the sections it completed and falls back for the rest', async () => {
    for (const engine of [openai(MODES.malformed), anthropic(MODES.malformed)]) {
      const brief = await engine.compose(referenceInput(), {});
      expect(validateBrief(brief).ok).toBe(true);
      expect(brief.fallbackSections!.length).toBeGreaterThan(0);
      expect(brief.fallbackSections).toContain('questions');
    }
  });

  it('a section citing an unknown source falls back, the others stay', async () => {
    for (const engine of [openai(MODES.unknownCites), anthropic(MODES.unknownCites)]) {
      const brief = await engine.compose(referenceInput(), {});
      expect(validateBrief(brief).ok).toBe(true);
      expect(brief.fallbackSections).toEqual(['happened']);
    }
  });

  it('invalid sections fall back; markup and chatter are cleaned away', async () => {
    expect((await openai(MODES.badSections).compose(referenceInput(), {})).fallbackSections).toEqual(['behind', 'questions']);
    const marked = await openai(MODES.markup).compose(referenceInput(), {});
    expect(marked.fallbackSections).toEqual([]);
    expect(JSON.stringify(marked)).not.toContain('evil.example');
    expect((await anthropic(MODES.prose).compose(referenceInput(), {})).fallbackSections).toEqual([]);
  });

  it('errors say what to do, and never carry the key', async () => {
    const wrongKey = 'sk-wrong-0123456789abcdefghijklmnopqrstuvwxyz';
    const cases: Array<[Promise<unknown>, string, RegExp, string]> = [
      [openai(MODES.brief, wrongKey).compose(referenceInput(), {}), 'auth', /check the key/, wrongKey],
      [anthropic(MODES.brief, wrongKey).compose(referenceInput(), {}), 'auth', /check the key/, wrongKey],
      [openai(MODES.rateLimited).compose(referenceInput(), {}), 'rate-limited', /try again after/, NEWSROOM_AI_KEY],
      [anthropic(MODES.rateLimited).compose(referenceInput(), {}), 'rate-limited', /try again after/, NEWSROOM_AI_KEY],
      [openai(MODES.ollamaForbidden).compose(referenceInput(), {}), 'ollama-origin', /OLLAMA_ORIGINS/, NEWSROOM_AI_KEY],
      [openai(MODES.streamError).compose(referenceInput(), {}), 'server', /try again/, NEWSROOM_AI_KEY],
      [anthropic(MODES.streamError).compose(referenceInput(), {}), 'overloaded', /overloaded/, NEWSROOM_AI_KEY],
    ];
    for (const [promise, kind, message, key] of cases) {
      const error = await promise.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AiError);
      expect((error as AiError).kind).toBe(kind);
      expect((error as AiError).message).toMatch(message);
      expect((error as AiError).message).not.toContain(key);
      expect((error as AiError).message).not.toContain(key.slice(-4));
    }
    // The newsroom answered 401 the way OpenAI does, quoting the key masked.
    const refused = await fetch(`${newsroom.apiBase}/ai/openai/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${wrongKey}` }, body: '{"model":"m","messages":[]}' });
    expect(await refused.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_api_key', message: expect.stringContaining('Incorrect API key provided: sk-wrong') } });
  });

  it('a browser-origin Anthropic request without the direct-access header gets the real CORS 401', async () => {
    const res = await fetch(`${newsroom.apiBase}/ai/anthropic/v1/messages`, {
      method: 'POST',
      headers: { origin: 'chrome-extension://abc', 'x-api-key': NEWSROOM_AI_KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', max_tokens: 10, messages: [] }),
    });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toEqual({ type: 'authentication_error', message: "CORS requests must set 'anthropic-dangerous-direct-browser-access' header" });
  });
});
