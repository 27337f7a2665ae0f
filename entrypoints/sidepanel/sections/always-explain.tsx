/** After an explanation: offer to explain this site's articles as the reader browses (asks for the site, from this click). */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { updateSettings } from '@/utils/settings';
import { hostPermission } from '@/utils/core/url';

export function AlwaysExplain({ url, sites }: { url: string; sites: string[] }) {
  const origin = new URL(url).origin;
  const [message, setMessage] = useState('');
  if (!/^https?:/.test(origin)) return null;
  if (sites.includes(origin)) return <p className="always-explain">Articles on {new URL(url).host} are explained as you browse.</p>;
  const ask = () =>
    void browser.permissions.request({ origins: [hostPermission(url)] }).then(async (granted) => {
      if (!granted) return setMessage('Parallax was not given access to this site, so it will wait for your click.');
      await updateSettings((s) => ({ ...s, autoExplainSites: [...new Set([...s.autoExplainSites, origin])] }));
    });
  return (
    <p className="always-explain">
      <button type="button" className="link-button" onClick={ask}>
        Always explain articles on {new URL(url).host}
      </button>
      {message && <span role="status"> {message}</span>}
    </p>
  );
}
