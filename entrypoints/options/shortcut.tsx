import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export function Shortcut() {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands.getAll().then((all) => setKey(all.find((c) => c.name === '_execute_action')?.shortcut || ''));
  }, []);
  return (
    <section className="section" aria-labelledby="shortcut">
      <h2 id="shortcut">Keyboard shortcut</h2>
      <p>
        Explain this story: <kbd>{key === null ? '…' : key || 'not set'}</kbd>{' '}
        <button type="button" className="link-button" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
          Change it
        </button>
      </p>
    </section>
  );
}
