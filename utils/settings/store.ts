/**
 * The settings in versioned extension storage (storage.local: they survive clearing the cache,
 * and are not synced). Reads always give a complete, valid Settings (repair.ts); writes go
 * through updateSettings, a read-modify-write from the latest stored value.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from './defaults';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { repairSettings } from './repair';
import type { Settings } from './schema';

/** WXT runs the migrations when the item is defined: tests define a fresh one over seeded storage. */
export function defineSettingsItem() {
  return storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

export const settingsItem = defineSettingsItem();

export async function getSettings(item = settingsItem): Promise<Settings> {
  return repairSettings(await item.getValue());
}

export async function updateSettings(change: (s: Settings) => Settings, item = settingsItem): Promise<void> {
  await item.setValue(change(await getSettings(item)));
}

/** Calls back with the complete settings whenever they change (in any context: Options, panel, worker). */
export function watchSettings(onChange: (s: Settings) => void, item = settingsItem): () => void {
  return item.watch((stored) => onChange(repairSettings(stored)));
}
