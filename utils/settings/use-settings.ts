import { useEffect, useState } from 'react';
import type { Settings } from './schema';
import { getSettings, watchSettings } from './store';

/** The reader's settings, live: a change in Options shows here at once. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
