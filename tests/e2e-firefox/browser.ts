/**
 * The built extension in a stock Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
 *
 * BiDi only reaches web pages in tabs, so the rest goes through Firefox's own chrome code, which
 * `--remote-allow-system-access` lets BiDi evaluate in (the browser window, scope "chrome"):
 * - the toolbar button: pinned, then pressed with native mouse events where it is drawn;
 * - the real sidebar and the event page: a frame script in their <browser>, which evaluates an
 *   expression against the extension's page and sends the JSON of its result back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureFirefox } from '../e2e/firefox';

export const FIREFOX_BUILD = resolve('.output-e2e/firefox-mv3');
export const GECKO_ID = 'parallax@parallax.example';
/** Fixed so the extension's pages have a known address (moz-extension://UUID/…). */
export const EXTENSION_UUID = '5f3d8e3c-7a0b-4b8e-9c51-0e4a2d6f9a11';
/** Firefox's id for the add-on's toolbar widget (its gecko id, '@' and '.' made '_'). */
const TOOLBAR_WIDGET = 'parallax_parallax_example-browser-action';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface RemoteValue {
  type: string;
  value?: unknown;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}
interface ChromeContext {
  context: string;
  clientWindow: string;
  url: string;
}

export interface FirefoxHarness {
  browser: Browser;
  /**
   * Run a function (its source; string arguments) in the chrome scope of a browser window (the
   * first by default). It returns the JSON of its result, which is parsed here.
   */
  chrome<T>(fn: string, args?: string[], window?: string): Promise<T>;
  /** The chrome contexts of the open browser windows. */
  windows(): Promise<ChromeContext[]>;
  close(): Promise<void>;
}

/** How long an extension document may take to answer a frame script. */
const FRAME_SCRIPT_TIMEOUT_MS = 25_000;

export async function launchFirefox(extPath = FIREFOX_BUILD): Promise<FirefoxHarness> {
  const executablePath = ensureFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'parallax-firefox-'));
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
    });
    const id = await browser.installExtension(extPath);
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
    const b = browser;
    const connection = (b as unknown as { connection: BidiConnection }).connection;
    const windows = async (): Promise<ChromeContext[]> => {
      const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      return (result as { contexts: ChromeContext[] }).contexts.filter((c) => c.url === 'chrome://browser/content/browser.xhtml');
    };
    const chrome = async <T>(fn: string, args: string[] = [], window?: string): Promise<T> => {
      const [first] = await windows();
      const context = window ?? first?.context;
      if (!context) throw new Error('no browser window is open');
      const { result } = await connection.send('script.callFunction', {
        functionDeclaration: fn,
        arguments: args.map((value) => ({ type: 'string', value })),
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      const r = result as EvaluateResult;
      if (r.type === 'exception') throw new Error(`in Firefox's chrome: ${r.exceptionDetails?.text ?? 'exception'}`);
      const json = r.result?.value;
      return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
    };
    return {
      browser: b,
      chrome,
      windows,
      async close() {
        await b.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    throw error;
  }
}

/**
 * Chrome-scope source (a function of (extId, expression, which)) that evaluates `expression` in
 * one of the extension's documents with a frame script, and resolves to the JSON of its value.
 * `which` is 'sidebar' (this window's sidebar), 'background' (the event page, if it is running)
 * or the path of one of its pages open in a tab of this window ('/options.html').
 */
const IN_EXTENSION_DOCUMENT = `async function (extId, expression, which) {
  let target = null;
  if (which === 'sidebar') {
    target = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser') ?? null;
    if (target && !target.currentURI?.spec.startsWith('moz-extension:')) target = null;
  } else if (which.startsWith('/')) {
    const url = WebExtensionPolicy.getByID(extId).getURL(which.slice(1));
    target = gBrowser.browsers.find((b) => b.currentURI?.spec.startsWith(url)) ?? null;
  } else {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const bg = [...ExtensionParent.ParentAPIManager.proxyContexts.values()].find((c) => c.viewType === 'background' && c.extension?.id === extId);
    target = bg?.xulBrowser ?? null;
  }
  if (!target?.messageManager) throw new Error('not open: ' + which);
  const mm = target.messageManager;
  const name = 'parallax-test:' + Math.random().toString(36).slice(2);
  const script = [
    'const NAME = ' + JSON.stringify(name) + ', EXPRESSION = ' + JSON.stringify(expression) + ';',
    '(async () => {',
    '  try {',
    '    const sandbox = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: false });',
    '    const json = await Cu.evalInSandbox("Promise.resolve((" + EXPRESSION + ")).then((v) => JSON.stringify(v === undefined ? null : v))", sandbox);',
    '    sendAsyncMessage(NAME, { json });',
    '  } catch (e) { sendAsyncMessage(NAME, { error: String((e && e.message) || e) }); }',
    '})();',
  ].join('\\n');
  const reply = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ error: 'no answer from ' + which }), ${FRAME_SCRIPT_TIMEOUT_MS});
    mm.addMessageListener(name, function listener(m) {
      mm.removeMessageListener(name, listener);
      clearTimeout(timer);
      resolve(m.data);
    });
    mm.loadFrameScript('data:,' + encodeURIComponent(script), false);
  });
  if (reply.error) throw new Error(reply.error);
  return JSON.stringify(reply.json);
}`;

/** One of the extension's documents, reached from chrome code. */
export class ExtensionDocument {
  constructor(
    private readonly h: FirefoxHarness,
    private readonly which: 'sidebar' | 'background' | `/${string}.html`,
    private readonly window?: string,
  ) {}

  async evaluate<T>(expression: string): Promise<T> {
    const json = await this.h.chrome<string | null>(IN_EXTENSION_DOCUMENT, [GECKO_ID, expression, this.which], this.window);
    return (json === null ? undefined : JSON.parse(json)) as T;
  }

  /** Wait until an expression evaluated in the document is truthy; returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 20_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      const v = await this.evaluate<T>(expression).catch((e: unknown) => void (last = String(e)));
      if (v) return v;
      if (Date.now() > until) throw new Error(`timed out waiting in the ${this.which} for: ${expression}${last ? ` (last error: ${last})` : ''}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

export const sidebarOf = (h: FirefoxHarness, window?: string) => new ExtensionDocument(h, 'sidebar', window);
export const backgroundOf = (h: FirefoxHarness) => new ExtensionDocument(h, 'background');
/** One of the extension's pages open in a tab of a window (the first window by default). */
export const extensionTab = (h: FirefoxHarness, path: `/${string}.html`, window?: string) => new ExtensionDocument(h, path, window);

/**
 * The reader's press on Parallax's toolbar button, for the selected tab of a window: the button
 * is pinned to the toolbar (as a reader does from the extensions menu), then pressed with native
 * mouse events at its place on screen, so Firefox handles it as any click: activeTab granted,
 * action.onClicked fired with user input (which lets sidebarAction.open() through).
 */
export async function pressToolbarButton(h: FirefoxHarness, page: Page, window?: string): Promise<void> {
  await page.bringToFront();
  const hit = await h.chrome<string>(
    `function (widgetId) {
      CustomizableUI.addWidgetToArea(widgetId, CustomizableUI.AREA_NAVBAR);
      const node = CustomizableUI.getWidget(widgetId).forWindow(window).node;
      const button = node?.querySelector('.unified-extensions-item-action-button') ?? node;
      if (!button) throw new Error('no toolbar button for ' + widgetId);
      const r = button.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y)?.closest('#' + CSS.escape(widgetId));
      const u = window.windowUtils, dpr = window.devicePixelRatio;
      const sx = (window.mozInnerScreenX + x) * dpr, sy = (window.mozInnerScreenY + y) * dpr;
      for (const message of [u.NATIVE_MOUSE_MESSAGE_MOVE, u.NATIVE_MOUSE_MESSAGE_BUTTON_DOWN, u.NATIVE_MOUSE_MESSAGE_BUTTON_UP]) {
        u.sendNativeMouseEvent(sx, sy, message, 0, 0, document.documentElement, null);
      }
      return JSON.stringify(hit?.id ?? '');
    }`,
    [TOOLBAR_WIDGET],
    window,
  );
  // The press lands where the button is drawn: nothing may cover it.
  if (hit !== TOOLBAR_WIDGET) throw new Error(`the toolbar button is not under the pointer (${hit || 'nothing'})`);
}

/**
 * What a reader does in about:addons ("Run in Private Windows: Allow"): the permission, then the
 * reload Firefox does itself. Temporary add-ons are not allowed in private windows until then.
 */
export async function allowInPrivateWindows(h: FirefoxHarness): Promise<void> {
  await h.chrome(
    `async function (extId) {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await ExtensionPermissions.add(extId, { permissions: ['internal:privateBrowsingAllowed'], origins: [] }, WebExtensionPolicy.getByID(extId).extension);
      await (await AddonManager.getAddonByID(extId)).reload();
      return 'null';
    }`,
    [GECKO_ID],
  );
  await backgroundOf(h).waitFor('true', 15_000);
}

/** Open a private window; resolves to its chrome context. */
export async function openPrivateWindow(h: FirefoxHarness): Promise<string> {
  const before = new Set((await h.windows()).map((w) => w.context));
  await h.chrome(`function () { OpenBrowserWindow({ private: true }); return 'null'; }`);
  for (let i = 0; i < 100; i++) {
    const added = (await h.windows()).find((w) => !before.has(w.context));
    if (added) return added.context;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the private window did not open');
}

/** Close the sidebar of a window, as the reader's × does; the next press must open it again. */
export async function closeSidebar(h: FirefoxHarness, window?: string): Promise<void> {
  await h.chrome(`function () { SidebarController.hide(); return 'null'; }`, [], window);
}

/** Whether a window's sidebar shows Parallax's panel. */
export function sidebarOpen(h: FirefoxHarness, window?: string): Promise<boolean> {
  return h.chrome<boolean>(
    `function () {
      const panel = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
      return JSON.stringify(SidebarController.isOpen && !!panel?.currentURI?.spec.startsWith('moz-extension:'));
    }`,
    [],
    window,
  );
}

/** Stop the event page, as Firefox does after it has been idle; the next event starts it again. */
export async function stopBackground(h: FirefoxHarness): Promise<void> {
  await h.chrome(
    `async function (extId) {
      const extension = WebExtensionPolicy.getByID(extId).extension;
      await extension.terminateBackground({ ignoreDevToolsAttached: true });
      return 'null';
    }`,
    [GECKO_ID],
  );
}

/** Whether the event page is running now. */
export function backgroundRunning(h: FirefoxHarness): Promise<boolean> {
  return h.chrome<boolean>(
    `function (extId) {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      return JSON.stringify([...ExtensionParent.ParentAPIManager.proxyContexts.values()].some((c) => c.viewType === 'background' && c.extension?.id === extId));
    }`,
    [GECKO_ID],
  );
}

/** A browser with the built extension and a running newsroom it is configured for. */
export async function startFirefoxWithNewsroom(): Promise<{ newsroom: import('../newsroom/server').Newsroom; h: FirefoxHarness }> {
  const { startNewsroom } = await import('../newsroom/server');
  const { newsroomSettings } = await import('../newsroom/settings');
  const newsroom = await startNewsroom();
  try {
    const h = await launchFirefox();
    await backgroundOf(h).waitFor(`browser.storage.local.set({ settings: ${JSON.stringify(newsroomSettings(newsroom))} }).then(() => true)`, 15_000);
    return { newsroom, h };
  } catch (error) {
    await newsroom.stop();
    throw error;
  }
}
