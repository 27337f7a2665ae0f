import { useEffect, useState } from 'react';
import { getSettings, settingsItem } from './settings';
import type { Settings } from '@/utils/settings-schema';

/** The reader's settings, live: a change in Options shows here at once. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  return settings;
}
