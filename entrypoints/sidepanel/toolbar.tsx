import { browser } from 'wxt/browser';
import { usePanel } from './store';

export function Toolbar() {
  const { index, stack, back, forward, go } = usePanel();
  const route = stack[index];
  return (
    <nav className="toolbar" aria-label="Panel">
      <button type="button" className="icon-button" onClick={back} disabled={index === 0} aria-label="Back">
        <span aria-hidden="true">‹</span>
      </button>
      <button type="button" className="icon-button" onClick={forward} disabled={index >= stack.length - 1} aria-label="Forward">
        <span aria-hidden="true">›</span>
      </button>
      <span className="brand">Parallax</span>
      <button type="button" className="tool-button" aria-pressed={route?.kind === 'history'} onClick={() => go({ kind: 'history' })}>
        History
      </button>
      <button type="button" className="tool-button" onClick={() => void browser.runtime.openOptionsPage()}>
        Options
      </button>
    </nav>
  );
}
