/** The whole chain as WXT runs it: every shape ever stored comes out as a valid current Settings. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '../../../utils/settings/migrations';
import { settingsSchema } from '../../../utils/settings/schema';
import { defineSettingsItem, getSettings } from '../../../utils/settings/store';
import { STORED_AI, STORED_V1, STORED_V2 } from './shapes';

async function store(value: unknown, version?: number) {
  await fakeBrowser.storage.local.set({ settings: value, ...(version ? { settings$: { v: version } } : {}) });
}

describe('settings migrations, v1 to the current version', () => {
  beforeEach(() => fakeBrowser.reset());

  const everyOlderShape = {
    'v1 (scaffold)': STORED_V1,
    'v2 (+ sites, cache) stored as v1': STORED_V2,
    'v3 (+ ai) stored as v1': { ...STORED_V2, ai: STORED_AI },
  };

  for (const [name, shape] of Object.entries(everyOlderShape)) {
    for (const version of [undefined, 1]) {
      it(`turns ${name}${version ? '' : ' with no stored version'} into a valid current Settings`, async () => {
        await store(structuredClone(shape), version);
        const item = defineSettingsItem();
        const migrated = await item.getValue();
        expect(settingsSchema.safeParse(migrated).error).toBeUndefined();
        expect(migrated).toMatchObject(shape);
        expect(await item.getMeta()).toEqual({ v: SETTINGS_VERSION });
        // Nothing left for the read to repair: the migrated value is what the reader gets.
        expect(await getSettings(item)).toEqual(migrated);
      });
    }
  }

  it('leaves a current value alone', async () => {
    const current = settingsSchema.parse({ ...STORED_V2, ai: STORED_AI });
    await store(current, SETTINGS_VERSION);
    expect(await defineSettingsItem().getValue()).toEqual(current);
  });

  it('writes the current version with the first value saved', async () => {
    const item = defineSettingsItem();
    await item.setValue(await getSettings(item));
    expect(await item.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });
});
