/**
 * A page that is not one article: what it seems to be, why Parallax thinks so, and what the reader
 * can do instead (explain it anyway, explain a story linked from it, or a passage of it).
 */
import { useState } from 'react';
import { send } from '@/utils/messaging';

/** The reason in the reader's words: what kind of page this looks like. */
export function pageKind(reason: string): string {
  if (/list of articles/i.test(reason)) return 'A list of stories';
  if (/video/i.test(reason)) return 'A video page';
  if (/too little/i.test(reason)) return 'A page with little text';
  return 'Not a news article';
}

export function NotArticle({ tabId, url, title, reason }: { tabId: number | null; url: string; title?: string; reason: string }) {
  const [link, setLink] = useState('');
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    // An address the browser could not parse: show none.
  }
  const explainLink = (e: React.FormEvent) => {
    e.preventDefault();
    if (tabId !== null && link.trim()) void send('explainLink', { tabId, url: link.trim() });
  };
  return (
    <section className="notice not-article" data-state="not-article" aria-labelledby="not-article-title">
      <div role="status">
        <p className="kicker">
          <span className="kicker-site">{pageKind(reason)}</span>
          {host && (
            <>
              {' · '}
              <span className="kicker-date">{host}</span>
            </>
          )}
        </p>
        <h1 id="not-article-title" className="notice-title">
          This doesn't look like a news article
        </h1>
        {title && (
          <p className="page-title" dir="auto">
            {title}
          </p>
        )}
        <p className="why">{reason}</p>
      </div>
      <h2 className="subhead">What you can do</h2>
      <ul className="next-steps">
        <li>
          {tabId !== null && (
            <button type="button" className="primary" onClick={() => void send('explainTab', { tabId, force: true })}>
              Explain anyway
            </button>
          )}
          <span className="step-note">If this page is one story after all.</span>
        </li>
        <li>
          <strong>A story linked here:</strong> right-click its link and choose <em>Explain this story</em>, or paste its address:
          {tabId !== null && (
            <form className="inline-form" onSubmit={explainLink}>
              <label className="visually-hidden" htmlFor="explain-link">
                Address of a story to explain
              </label>
              <input id="explain-link" type="url" required placeholder="https://…" value={link} onChange={(e) => setLink(e.target.value)} />
              <button type="submit">Explain</button>
            </form>
          )}
        </li>
        <li>
          <strong>A passage:</strong> select it on the page, right-click and choose <em>Explain this story</em>.
        </li>
      </ul>
    </section>
  );
}
