/**
 * The built extension in real headless Chromium, driven by playwright-core: a genuine toolbar
 * click (CDP Extensions.triggerAction, which grants activeTab), a real keyboard shortcut, and
 * the real side panel read and photographed through its CDP target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from './chromium';

export const E2E_BUILD = resolve('.output-e2e/chrome-mv3');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  browserSession: CDPSession;
  close(): Promise<void>;
}

export async function launchExtension(extPath = E2E_BUILD, opts: { headed?: boolean } = {}): Promise<Harness> {
  const executablePath = ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'parallax-profile-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: !opts.headed,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extPath}`,
        `--load-extension=${extPath}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const browserSession = await context.browser()!.newBrowserCDPSession();
    const ctx = context;
    return {
      context: ctx,
      worker,
      extensionId,
      browserSession,
      async close() {
        await ctx.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Configure the extension as a reader would in Options (settings live in storage.local). */
export async function setSettings(h: Harness, settings: unknown): Promise<void> {
  await h.worker.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(h: Harness, type?: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await h.browserSession.send('Target.getTargets', type ? ({ filter: [{ type }] } as never) : undefined)) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

/**
 * The tab target (not the page target) behind a Playwright page. Right after a navigation commits
 * (`waitUntil: 'commit'`) the tab target may still show the address before it: asked again for up
 * to 3 s (a CI run once found no tab for a page that had just committed).
 */
async function tabTargetOf(h: Harness, page: Page): Promise<string> {
  const url = page.url();
  const until = Date.now() + 3_000;
  let match = (await targets(h, 'tab')).filter((t) => t.url === url);
  while (match.length !== 1 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    match = (await targets(h, 'tab')).filter((t) => t.url === url);
  }
  const [only] = match;
  if (!only || match.length !== 1) throw new Error(`cannot identify the tab for ${url} (${match.length} candidates)`);
  return only.targetId;
}

/** A real toolbar click on the extension's action for this tab. */
export async function clickToolbar(h: Harness, page: Page): Promise<void> {
  await (await aimToolbar(h, page))();
}

/**
 * The toolbar click in two steps: bring the tab to the front and find its target (the harness's own
 * CDP round trips), then a function that clicks. Benchmarks start their clock just before the click.
 */
export async function aimToolbar(h: Harness, page: Page): Promise<() => Promise<void>> {
  await page.bringToFront();
  const targetId = await tabTargetOf(h, page);
  return async () => {
    await h.browserSession.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId } as never);
  };
}

/** Press a key chord on the page the way a person does (Playwright's keyboard does not reach commands). */
export async function pressShortcut(page: Page, key: string, code: string, keyCode: number, modifiers: number): Promise<void> {
  await page.bringToFront();
  const session = await page.context().newCDPSession(page);
  const base = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, modifiers };
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  await session.detach();
}

/** The real side panel, reached through its CDP target. */
export class SidePanel {
  private nextId = 1;
  private pending = new Map<number, (msg: { result?: unknown; error?: { message: string } }) => void>();
  private constructor(
    private readonly h: Harness,
    private readonly sessionId: string,
  ) {
    h.browserSession.on('Target.receivedMessageFromTarget' as never, ((e: { sessionId: string; message: string }) => {
      if (e.sessionId !== this.sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (msg.id && this.pending.has(msg.id)) {
        this.pending.get(msg.id)!(msg);
        this.pending.delete(msg.id);
      }
    }) as never);
  }

  /** The panel, or with `url` any other target of the extension (its service worker: `/background.js`). */
  static async attach(h: Harness, timeoutMs = 10_000, path = '/sidepanel.html'): Promise<SidePanel> {
    const url = `chrome-extension://${h.extensionId}${path}`;
    const until = Date.now() + timeoutMs;
    for (;;) {
      const panel = (await targets(h)).find((t) => t.url.startsWith(url));
      if (panel) {
        const { sessionId } = (await h.browserSession.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false })) as { sessionId: string };
        return new SidePanel(h, sessionId);
      }
      if (Date.now() > until) throw new Error('the side panel did not open');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  static async isOpen(h: Harness): Promise<boolean> {
    return (await targets(h)).some((t) => t.url.startsWith(`chrome-extension://${h.extensionId}/sidepanel.html`));
  }

  private send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolvePromise, reject) => {
      this.pending.set(id, (msg) => (msg.error ? reject(new Error(msg.error.message)) : resolvePromise(msg.result as T)));
      void this.h.browserSession.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    });
  }

  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  }

  /** Wait until an expression evaluated in the panel is truthy; returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 20_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const v = await this.evaluate<T>(expression).catch(() => undefined);
      if (v) return v;
      if (Date.now() > until) throw new Error(`timed out waiting in the panel for: ${expression}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Record every Content-Security-Policy violation from the next load of the panel on. */
  async recordCspViolations(): Promise<void> {
    await this.send('Page.enable');
    await this.send('Page.addScriptToEvaluateOnNewDocument', {
      source: "window.__csp = []; addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
    });
    await this.evaluate('location.reload(), true');
    await this.waitFor('document.readyState === "complete" && Array.isArray(window.__csp)');
  }

  cspViolations(): Promise<string[]> {
    return this.evaluate<string[]>('window.__csp ?? []');
  }

  /** The JS heap in use after a forced garbage collection, in bytes. */
  async heapAfterGc(): Promise<number> {
    await this.send('HeapProfiler.collectGarbage');
    return (await this.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
  }

  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** The whole panel page, or only its top `height` pixels (what a reader sees first). */
  async screenshot(height?: number): Promise<Buffer> {
    const params = height
      ? { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width: await this.evaluate<number>('document.documentElement.clientWidth'), height, scale: 1 } }
      : { format: 'png', captureBeyondViewport: true };
    const r = await this.send<{ data: string }>('Page.captureScreenshot', params);
    return Buffer.from(r.data, 'base64');
  }

  async detach(): Promise<void> {
    await this.h.browserSession.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }
}

/** What the story page shows, read from the panel's DOM. */
export const READ_STORY = `(() => {
  const q = (s) => document.querySelector(s);
  const story = q('article.story');
  if (!story) return null;
  return {
    stage: story.dataset.stage,
    headline: q('.headline')?.textContent ?? '',
    freshness: q('[data-testid=freshness]')?.textContent ?? '',
    happened: q('[data-section=happened] .cited')?.textContent ?? '',
    sources: [...document.querySelectorAll('[data-testid=sources] li')].map((li) => ({
      domain: li.dataset.domain, outlet: li.querySelector('.outlet')?.textContent ?? '',
      title: li.querySelector('.source-title')?.textContent ?? '', href: li.querySelector('a')?.href ?? '' })),
    citations: document.querySelectorAll('.cite').length,
    sections: [...document.querySelectorAll('[data-section]')].map((el) => el.dataset.section),
    topics: [...document.querySelectorAll('.topic-name')].map((el) => el.textContent),
    papers: [...document.querySelectorAll('.outlet-row .outlet-name')].map((el) => el.firstChild?.textContent ?? ''),
    uncited: [...document.querySelectorAll('.sentence')].filter((el) => !el.querySelector('.cite')).map((el) => el.textContent),
  };
})()`;

/**
 * The story page's words, section by section, and where each citation points: what must read the
 * same in every browser (textContent, so layout differences do not count).
 */
export const READ_SECTIONS = `(() => ({
  headline: document.querySelector('.headline')?.textContent ?? '',
  sections: [...document.querySelectorAll('[data-section]')].map((el) => ({ id: el.dataset.section, text: el.textContent.replace(/\\s+/g, ' ').trim() })),
  citations: [...document.querySelectorAll('.cite')].map((a) => a.textContent + ' ' + a.getAttribute('href')),
}))()`;

/** Close the real side panel (its own window.close() is how a reader's "close" reaches it). */
export async function closePanel(h: Harness): Promise<void> {
  if (!(await SidePanel.isOpen(h))) return;
  const panel = await SidePanel.attach(h);
  await panel.evaluate('window.close(), true').catch(() => undefined);
  for (let i = 0; i < 50 && (await SidePanel.isOpen(h)); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Patch every row of some of the extension's IndexedDB tables from inside the worker (test code:
 * it stands in for time passing). A database that does not exist yet is never created here.
 */
export async function patchRows(h: Harness, patches: [table: string, patch: Record<string, string | undefined>][]): Promise<void> {
  await h.worker.evaluate(async (list) => {
    const req = indexedDB.open('parallax');
    req.onupgradeneeded = () => req.transaction?.abort();
    const db: IDBDatabase | null = await new Promise((res) => ((req.onsuccess = () => res(req.result)), (req.onerror = () => res(null))));
    if (!db) return;
    const present = list.filter(([name]) => db.objectStoreNames.contains(name));
    if (present.length) {
      const tx = db.transaction(present.map(([name]) => name), 'readwrite');
      for (const [name, patch] of present) {
        const store = tx.objectStore(name);
        const r = store.getAll();
        r.onsuccess = () => r.result.forEach((row) => store.put({ ...row, ...patch }));
      }
      await new Promise((res) => (tx.oncomplete = res));
    }
    db.close();
  }, patches);
}

/** Let time pass for the cache: stories' coverage and the feed index become `hours` old. */
export async function ageCache(h: Harness, hours: number): Promise<void> {
  const earlier = new Date(Date.now() - hours * 3600_000).toISOString();
  await patchRows(h, [
    ['stories', { coverageAt: earlier, lastOpenedAt: earlier }],
    ['feedState', { lastFetchAt: earlier, nextAttemptAt: undefined }],
  ]);
}

/** Epoch time of the first performance mark of this name in the panel at or after t0 (the panel's own timing). */
export function markAfter(panel: SidePanel, name: string, t0: number, timeoutMs = 30_000): Promise<number> {
  return panel.waitFor<number>(
    `(() => { const m = performance.getEntriesByName(${JSON.stringify(name)}).map((e) => performance.timeOrigin + e.startTime).filter((t) => t >= ${t0}); return m.length ? m[0] : 0; })()`,
    timeoutMs,
  );
}

/** A browser with the built extension and a running newsroom it is configured for. */
export async function startWithNewsroom(): Promise<{ newsroom: import('../newsroom/server').Newsroom; h: Harness }> {
  const { startNewsroom } = await import('../newsroom/server');
  const { newsroomSettings } = await import('../newsroom/settings');
  const newsroom = await startNewsroom();
  const h = await launchExtension();
  await setSettings(h, newsroomSettings(newsroom));
  return { newsroom, h };
}

/** Every story row as the extension stored it, read from the worker's real IndexedDB (test code). */
export async function storedStories<T = Record<string, unknown>>(h: Harness): Promise<T[]> {
  return h.worker.evaluate(async () => {
    const req = indexedDB.open('parallax');
    req.onupgradeneeded = () => req.transaction?.abort();
    const db: IDBDatabase | null = await new Promise((res) => ((req.onsuccess = () => res(req.result)), (req.onerror = () => res(null))));
    if (!db || !db.objectStoreNames.contains('stories')) return [];
    const r = db.transaction('stories').objectStore('stories').getAll();
    const rows: unknown[] = await new Promise((res) => (r.onsuccess = () => res(r.result)));
    db.close();
    return rows;
  }) as Promise<T[]>;
}
