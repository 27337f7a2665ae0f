/** How much the cache holds, its limit, and clearing it (settings and feeds list survive). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { countStories } from '@/utils/db/reads';
import { send } from '@/utils/messaging';
import { updateSettings, type Settings } from '@/utils/settings';

export function CacheSettings({ settings }: { settings: Settings }) {
  const stories = useLiveQuery(countStories, [], 0);
  const [usage, setUsage] = useState<number | null>(null);
  useEffect(() => {
    void navigator.storage.estimate().then((e) => setUsage(e.usage ?? null));
  }, [stories]);
  const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;
  return (
    <section className="section" aria-labelledby="cache">
      <h2 id="cache">Cache</h2>
      <p>
        {stories} stories saved on this device{usage !== null && `, ${mb(usage)} in all`}. Stories open from here with no network.
      </p>
      <label className="field">
        <span>Limit (MB): the stories opened longest ago are removed first</span>
        <input
          type="number"
          min={20}
          max={5000}
          defaultValue={settings.cacheLimitMb}
          onBlur={(e) => void updateSettings((s) => ({ ...s, cacheLimitMb: Math.max(20, Number(e.target.value) || 200) }))}
        />
      </label>
      <p className="actions">
        <button type="button" className="secondary" onClick={() => confirm('Remove every saved story and feed item? Your settings stay.') && void send('clearCache', {})}>
          Clear the cache
        </button>
      </p>
    </section>
  );
}
