/**
 * Options, the reader's choices first (privacy, how stories are written, feeds, search, sites, the
 * shortcut, the cache); the services' addresses and diagnostics under Advanced.
 */
import { updateSettings } from '@/utils/settings';
import { useSettings } from '@/utils/settings/use-settings';
import { CacheSettings } from './cache';
import { Diagnostics } from './diagnostics';
import { FeedSettings } from './feeds';
import { SearchSources, SourceAddresses } from './search-sources';
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
      <AiSettingsSection settings={settings} />
      <FeedSettings settings={settings} />
      <SearchSources settings={settings} />
      <AutoSites settings={settings} />
      <Shortcut />
      <CacheSettings settings={settings} />
      <details className="section advanced">
        <summary>
          <h2 id="advanced">Advanced</h2>
          <span className="row-note">Service addresses and diagnostics, for developers and self-hosting.</span>
        </summary>
        <section className="subsection" aria-labelledby="addresses">
          <h3 id="addresses">Service addresses</h3>
          <SourceAddresses settings={settings} />
        </section>
        <Diagnostics settings={settings} />
      </details>
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
        <strong>Feeds only</strong>
        <span className="row-note">
          Look for coverage only in the feeds this browser downloads. No keywords go to search services and no names to Wikipedia: nothing
          about what you read leaves the browser.
        </span>
      </span>
    </label>
  );
}
