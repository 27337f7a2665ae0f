/** Copy what helps a bug report: versions, settings, source status — never page content or keys. */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { countStories, feedStates } from '@/utils/db/reads';
import type { Settings } from '@/utils/settings';

export async function diagnostics(settings: Settings): Promise<string> {
  const feeds = await feedStates();
  const report = {
    parallax: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
    settings: { ...settings, sources: { ...settings.sources, feeds: { ...settings.sources.feeds, list: settings.sources.feeds.list.map((f) => ({ url: f.url, enabled: f.enabled })) } } },
    feeds: feeds.map((f) => ({ url: f.url, lastOkAt: f.lastOkAt, failures: f.failures, lastError: f.lastError })),
    stories: await countStories(),
  };
  return JSON.stringify(report, null, 2);
}

export function Diagnostics({ settings }: { settings: Settings }) {
  const [state, setState] = useState('');
  return (
    <section className="subsection" aria-labelledby="diagnostics">
      <h3 id="diagnostics">Diagnostics</h3>
      <p>Versions, settings and the state of each source — never what you read, and no keys.</p>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          void diagnostics(settings)
            .then((t) => navigator.clipboard.writeText(t))
            .then(
              () => setState('Copied.'),
              () => setState('Could not copy.'),
            )
        }
      >
        Copy diagnostics
      </button>{' '}
      <span role="status">{state}</span>
    </section>
  );
}
