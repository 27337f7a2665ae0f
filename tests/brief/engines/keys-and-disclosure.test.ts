import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiKeyState, clearApiKey, loadApiKey, saveApiKey } from '../../../utils/brief/engines/keys';
import { briefEngineFor, offeredEngines } from '../../../utils/brief/engines/registry';
import { cloudDisclosure } from '../../../utils/brief/engines/disclosure';
import { DEFAULT_AI_SETTINGS } from '../../../utils/settings';

const KEY = 'sk-proj-SECRETsecret0123456789abcdefXYZ9';

async function everything(area: 'local' | 'session' | 'sync') {
  return JSON.stringify(await fakeBrowser.storage[area].get(null));
}

describe('AI settings and the key', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to the extractive engine', () => {
    expect(DEFAULT_AI_SETTINGS.engine).toBe('extractive');
    expect(briefEngineFor(DEFAULT_AI_SETTINGS).id).toBe('extractive');
  });

  it('keeps the key in storage.local, or only in storage.session — never in sync', async () => {
    await saveApiKey('openai', KEY, 'local');
    expect(await loadApiKey('openai')).toBe(KEY);
    expect(await everything('local')).toContain(KEY);
    expect(await apiKeyState('openai')).toBe('local');
    await saveApiKey('openai', KEY, 'session');
    expect(await everything('local')).not.toContain(KEY);
    expect(await everything('session')).toContain(KEY);
    expect(await apiKeyState('openai')).toBe('session');
    expect(await everything('sync')).not.toContain(KEY);
    await clearApiKey('openai');
    expect(await loadApiKey('openai')).toBeUndefined();
  });

  it('tells the reader before first use that a cloud engine receives the article text', () => {
    const ai = { ...DEFAULT_AI_SETTINGS, engine: 'openai' as const };
    expect(cloudDisclosure(ai)!.text).toMatch(/send the text of the article.*api\.openai\.com.*may charge/);
    expect(cloudDisclosure({ ...ai, disclosureAccepted: ['https://api.openai.com'] })).toBeNull();
    expect(cloudDisclosure({ ...ai, openai: { ...ai.openai, baseUrl: 'http://localhost:11434/v1' } })).toBeNull();
    expect(cloudDisclosure(DEFAULT_AI_SETTINGS)).toBeNull();
  });

  it("offers Chrome's engine only where the browser has the model", async () => {
    expect((await offeredEngines(undefined)).map((e) => e.id)).toEqual(['extractive', 'openai', 'anthropic']);
    const stand = { availability: async () => 'downloadable' as const, create: async () => ({}) as never };
    expect((await offeredEngines(stand)).find((e) => e.id === 'chrome-ai')?.availability).toBe('downloadable');
  });
});
