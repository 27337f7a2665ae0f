/** Options: sources, privacy, the engine, sites explained automatically, the cache, the shortcut, diagnostics. */
import { updateSettings } from '@/utils/settings';
import { useSettings } from '@/utils/settings/use-settings';
import { CacheSettings } from './cache';
import { Diagnostics } from './diagnostics';
import { FeedSettings } from './feeds';
import { SearchSources } from './search-sources';
import { Shortcut } from './shortcut';
import { AutoSites } from './sites';
import { AiSettingsSection } from './ai';

export function Options() {
  const settings = useSettings();
  if (!settings) return null;
  return (
    <main className="panel options">
      <h1>Parallax options</h1>
      <section className="section" aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <PrivacyMode feedsOnly={settings.feedsOnly} />
      </section>
      <SearchSources settings={settings} />
      <FeedSettings settings={settings} />
      <AiSettingsSection settings={settings} />
      <AutoSites settings={settings} />
      <CacheSettings settings={settings} />
      <Shortcut />
      <Diagnostics settings={settings} />
    </main>
  );
}

function PrivacyMode({ feedsOnly }: { feedsOnly: boolean }) {
  return (
    <label className="row">
      <input type="checkbox" checked={feedsOnly} onChange={(e) => {
          const on = e.target.checked;
          void updateSettings((s) => ({ ...s, feedsOnly: on }));
        }} />
      <span>
        <strong>Feeds only</strong>: look for coverage only in the feeds this browser downloads. No keywords go to search services and no
        names to Wikipedia; nothing about what you read leaves the browser.
      </span>
    </label>
  );
}
