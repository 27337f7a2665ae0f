import { getSettings, settingsItem } from '@/utils/settings';
import type { Settings } from '@/utils/settings-schema';

/** Read-modify-write of the settings, from their latest stored value. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<void> {
  await settingsItem.setValue(change(await getSettings()));
}
