import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../utils/settings/defaults';
import { SETTINGS_VERSION } from '../../utils/settings/migrations';
import { defineSettingsItem, getSettings, updateSettings, watchSettings } from '../../utils/settings/store';
import { STORED_V2 } from './migrations/shapes';

describe('the settings store', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('gives the defaults before the reader changes anything', async () => {
    expect(await getSettings(defineSettingsItem())).toEqual(DEFAULT_SETTINGS);
  });

  it('writes a change from the latest stored value, in storage.local only', async () => {
    const item = defineSettingsItem();
    await updateSettings((s) => ({ ...s, feedsOnly: true }), item);
    await updateSettings((s) => ({ ...s, cacheLimitMb: 50 }), item);
    expect(await getSettings(item)).toEqual({ ...DEFAULT_SETTINGS, feedsOnly: true, cacheLimitMb: 50 });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('tells watchers the complete new settings', async () => {
    const item = defineSettingsItem();
    const seen = vi.fn();
    const unwatch = watchSettings(seen, item);
    await updateSettings((s) => ({ ...s, autoExplainSites: ['https://a.example'] }), item);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, autoExplainSites: ['https://a.example'] }));
    unwatch();
  });

  it("keeps the reader's valid fields when the stored version is newer than this build (a downgrade)", async () => {
    const failed = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { ...STORED_V2, cacheLimitMb: 'lots' }, settings$: { v: SETTINGS_VERSION + 1 } });
    const s = await getSettings(defineSettingsItem());
    expect(failed).toHaveBeenCalled();
    expect(s).toEqual({ ...STORED_V2, cacheLimitMb: DEFAULT_SETTINGS.cacheLimitMb, ai: DEFAULT_SETTINGS.ai });
  });
});
