import { defineConfig } from 'wxt';
import { DEFAULT_SOURCE_HOSTS } from './utils/settings/defaults';
import { OUTLETS } from './tests/newsroom/outlets';
import { noticesHooks } from './utils/build/notices';

/**
 * The e2e build differs only in what it may reach: the sample newsroom's search/encyclopedia host
 * (127.0.0.1) and its outlets' feed hosts. The outlets' *article* hosts stay ungranted, so the
 * real-browser tests prove that reading the page works through the reader's click (activeTab).
 * It builds in production mode (a `--mode e2e` would ship React's development build).
 */
const e2e = process.env.PARALLAX_E2E === '1';
/**
 * The evaluation build (`npm run -s eval:story`): a reader who allowed every site, so the corpus
 * newsroom's outlets (on loopback addresses chosen per corpus) are reachable as sources and pages.
 */
const evalBuild = process.env.PARALLAX_E2E === 'eval';
const linkedSite = OUTLETS.find((o) => o.id === 'london-chronicle')!;
const newsroomHosts = [
  'http://127.0.0.1/*',
  ...OUTLETS.map((o) => `http://${o.feedHost}/*`),
  // One outlet's articles are granted, as if the reader had allowed it when explaining a link
  // (a permission prompt never resolves headless); every other article host stays ungranted.
  `http://${linkedSite.siteHost}/*`,
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: e2e ? '.output-e2e' : evalBuild ? '.output-eval' : '.output',
  imports: false,
  hooks: noticesHooks(),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description: 'Explain the story you are reading: what happened, how every outlet tells it, cited sentence by sentence.',
    permissions: [
      'activeTab',
      'scripting',
      'contextMenus',
      'storage',
      'unlimitedStorage',
      'alarms',
      // offscreen: Chrome reads linked pages in an offscreen document (utils/story/linked/parse.ts).
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // notifications: asked for only when the reader turns on notifications for followed stories.
    optional_permissions: ['notifications'],
    host_permissions: [...DEFAULT_SOURCE_HOSTS, ...(e2e ? newsroomHosts : []), ...(evalBuild ? ['http://*/*'] : [])],
    // Feeds a reader adds, linked pages and "always explain on this site" ask at that moment.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Explain this story (Parallax)' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Ctrl+Shift+E', mac: 'Command+Shift+E' },
        description: 'Explain this story',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
