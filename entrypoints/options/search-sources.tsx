import { updateSettings, type Settings } from '@/utils/settings';

type Key = 'gdelt' | 'googleNews' | 'wikipedia';

const LABELS: Record<Key, { name: string; sends: string }> = {
  gdelt: { name: 'GDELT news search', sends: 'a few keywords of the story' },
  googleNews: { name: 'Google News search', sends: 'a few keywords of the story' },
  wikipedia: { name: 'Wikipedia', sends: 'names found in the story' },
};

const set = (key: Key, patch: Partial<Settings['sources'][Key]>) =>
  void updateSettings((s) => ({ ...s, sources: { ...s.sources, [key]: { ...s.sources[key], ...patch } } }));

/** The services' addresses: for developers and self-hosters, under Advanced. */
export function SourceAddresses({ settings }: { settings: Settings }) {
  return (
    <>
      {(Object.keys(LABELS) as Key[]).map((key) => {
        const src = settings.sources[key];
        return (
          <label key={key} className="field">
            <span>{LABELS[key].name} address</span>
            <input type="url" defaultValue={src.baseUrl} onBlur={(e) => e.target.value !== src.baseUrl && set(key, { baseUrl: e.target.value })} />
          </label>
        );
      })}
    </>
  );
}

export function SearchSources({ settings }: { settings: Settings }) {
  return (
    <section className="section" aria-labelledby="search-sources">
      <h2 id="search-sources">Search and encyclopedia</h2>
      {(Object.keys(LABELS) as Key[]).map((key) => {
        const src = settings.sources[key];
        return (
          <div key={key} className="source-setting">
            <label className="row">
              <input type="checkbox" checked={src.enabled} disabled={settings.feedsOnly} onChange={(e) => set(key, { enabled: e.target.checked })} />
              <span>
                <strong>{LABELS[key].name}</strong>
                <span className="row-note">Receives {LABELS[key].sends}, never the page's address.</span>
              </span>
            </label>
          </div>
        );
      })}
    </section>
  );
}
