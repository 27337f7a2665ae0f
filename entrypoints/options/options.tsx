/** Where sources point and which are on. Fuller options arrive with the options issue. */
import { useEffect, useState } from 'react';
import { settingsItem } from '@/utils/settings';
import type { Settings } from '@/utils/settings-schema';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((v) => setSettings(v));
  }, []);
  if (!settings) return null;
  const save = (next: Settings) => void settingsItem.setValue(next);
  const s = settings.sources;
  return (
    <main className="panel">
      <h1>Parallax options</h1>
      <section className="section">
        <h2>Sources</h2>
        <label>
          <input type="checkbox" checked={s.feeds.enabled} onChange={(e) => save({ ...settings, sources: { ...s, feeds: { ...s.feeds, enabled: e.target.checked } } })} />{' '}
          Your feeds ({s.feeds.list.length}), read on this device
        </label>
        <br />
        <label>
          <input type="checkbox" checked={s.gdelt.enabled} onChange={(e) => save({ ...settings, sources: { ...s, gdelt: { ...s.gdelt, enabled: e.target.checked } } })} />{' '}
          GDELT news search (sends search keywords)
        </label>
        <br />
        <label>
          <input type="checkbox" checked={s.googleNews.enabled} onChange={(e) => save({ ...settings, sources: { ...s, googleNews: { ...s.googleNews, enabled: e.target.checked } } })} />{' '}
          Google News search (sends search keywords)
        </label>
        <br />
        <label>
          <input type="checkbox" checked={settings.feedsOnly} onChange={(e) => save({ ...settings, feedsOnly: e.target.checked })} /> Feeds only: nothing about
          what you read leaves this browser
        </label>
      </section>
    </main>
  );
}
