/** The trigger handlers, with WXT's fake browser: the panel opens inside the gesture, first. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';

const explainTab = vi.fn(async () => undefined);
vi.mock('../../entrypoints/background/explain', () => ({ explainTab }));
const explainLink = vi.fn(async () => undefined);
const explainSelection = vi.fn(async () => undefined);
vi.mock('../../entrypoints/background/explain-other', () => ({ explainLink, explainSelection }));

const { onToolbarClick, onMenuClick } = await import('../../entrypoints/background/triggers');
const { unreadableReason } = await import('../../entrypoints/background/explain-reasons');

const b = browser as unknown as Record<string, unknown>;

describe('toolbar, shortcut and context menu', () => {
  let order: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    order = [];
    explainTab.mockClear();
    explainTab.mockImplementation(async () => {
      order.push('explain');
    });
    b.sidePanel = { open: vi.fn(() => (order.push('open'), Promise.resolve())), setPanelBehavior: vi.fn(async () => undefined) };
    delete b.sidebarAction;
  });

  it('opens the side panel synchronously, before any await, then explains the tab', () => {
    onToolbarClick({ id: 7, windowId: 3, url: 'https://news.example/a' } as never);
    // Still inside the click handler's synchronous run: the panel must already be asked for.
    expect((b.sidePanel as { open: ReturnType<typeof vi.fn> }).open).toHaveBeenCalledWith({ windowId: 3 });
    expect(order).toEqual(['open', 'explain']);
    expect(explainTab).toHaveBeenCalledWith(7, 'https://news.example/a');
  });

  it('the context menu does the same from a page, a selection or a link', () => {
    onMenuClick({ menuItemId: 'parallax-explain-page' } as never, { id: 9, windowId: 1, url: 'https://news.example/b' } as never);
    expect(order).toEqual(['open', 'explain']);
    onMenuClick({ menuItemId: 'parallax-explain-page' } as never, undefined);
    expect(explainTab).toHaveBeenCalledTimes(1);
  });

  it('a link: asks for the linked site inside the click, then explains the link', () => {
    const request = vi.fn(() => (order.push('ask'), Promise.resolve(true)));
    b.permissions = { request };
    onMenuClick({ menuItemId: 'parallax-explain-link', linkUrl: 'https://other.example/story?utm_source=x' } as never, { id: 4, windowId: 1, url: 'https://news.example/a' } as never);
    expect(request).toHaveBeenCalledWith({ origins: ['https://other.example/*'] });
    expect(order).toEqual(['ask', 'open']);
    expect(explainLink).toHaveBeenCalledWith(4, 'https://news.example/a', 'https://other.example/story?utm_source=x', expect.any(Promise));
    expect(explainTab).not.toHaveBeenCalled();
  });

  it('a selection: explains the selected text with the page', () => {
    onMenuClick({ menuItemId: 'parallax-explain-selection', selectionText: 'Nvidia will ship 260,000 GPUs' } as never, { id: 5, windowId: 1, url: 'https://news.example/a' } as never);
    expect(order).toEqual(['open']);
    expect(explainSelection).toHaveBeenCalledWith(5, 'https://news.example/a', 'Nvidia will ship 260,000 GPUs');
  });

  it('in Firefox, opens the sidebar from the same gesture', () => {
    delete b.sidePanel;
    b.sidebarAction = { open: vi.fn(() => (order.push('sidebar'), Promise.resolve())) };
    onToolbarClick({ id: 2, windowId: 1, url: 'https://news.example/c' } as never);
    expect(order).toEqual(['sidebar', 'explain']);
  });
});

describe("pages Parallax can't read", () => {
  it.each([
    'chrome://settings',
    'chrome-extension://abc/page.html',
    'view-source:https://news.example/',
    'file:///home/me/a.html',
    'https://chromewebstore.google.com/detail/x',
    'https://news.example/report.pdf',
    undefined,
  ])('%s gets a clear reason', (url) => {
    expect(unreadableReason(url)).toMatch(/\w/);
  });
  it('ordinary pages are readable', () => expect(unreadableReason('https://news.example/story')).toBeNull());
});
