/** Before anything is fetched on its own: what Parallax sends where, and the private mode. */
import { updateSettings, type Settings } from '@/utils/settings';

export function FirstRun({ settings }: { settings: Settings }) {
  const accept = (feedsOnly: boolean) => void updateSettings((s) => ({ ...s, firstRunSeen: true, feedsOnly }));
  return (
    <section className="first-run" aria-labelledby="first-run-title" data-state="first-run">
      <h1 id="first-run-title" className="notice-title">
        Before you start
      </h1>
      <p>Parallax reads a page only when you ask, and the address you read never leaves your browser. To find other coverage it:</p>
      <ul>
        <li>checks news feeds of {settings.sources.feeds.list.length} outlets directly from your browser, every 30 minutes;</li>
        <li>sends a few keywords of the story (never its address) to GDELT and Google News search;</li>
        <li>looks up names from the story in Wikipedia.</li>
      </ul>
      <p>Nothing goes to a server of ours: there isn't one. With <strong>feeds only</strong>, nothing about what you read leaves the browser at all.</p>
      <div className="actions">
        <button type="button" onClick={() => accept(false)}>
          Got it
        </button>
        <button type="button" className="secondary" onClick={() => accept(true)}>
          Use feeds only
        </button>
      </div>
    </section>
  );
}
