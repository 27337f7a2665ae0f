/**
 * `npm run demo [-- --headed]`: build the extension, start the sample newsroom, run Parallax in
 * Chromium, open the reference story, press the toolbar icon, print the story page as text and
 * save a screenshot of the real side panel.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REFERENCE } from '../newsroom/corpus';
import { startNewsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';
import { clickToolbar, launchExtension, READ_STORY, setSettings, SidePanel } from '../e2e/browser';
import { ensureChromium, INSTALL_HINT } from '../e2e/chromium';

const headed = process.argv.includes('--headed');
const out = resolve('artifacts');

try {
  ensureChromium();
} catch {
  console.error(INSTALL_HINT);
  process.exit(1);
}

console.log('Building the extension…');
execSync('npm run -s build:e2e', { stdio: ['ignore', 'ignore', 'inherit'] });
const newsroom = await startNewsroom();
console.log(`Sample newsroom on 127.0.0.1:${newsroom.port} (${newsroom.articles.length} articles from ${newsroom.outlets.length} outlets)`);
const h = await launchExtension(undefined, { headed });
try {
  await setSettings(h, newsroomSettings(newsroom));
  const page = await h.context.newPage();
  const article = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
  await page.goto(newsroom.articleUrl(article));
  console.log(`Reading: ${article.title} (${article.outlet.name})`);
  const started = Date.now();
  await clickToolbar(h, page);
  const panel = await SidePanel.attach(h);
  await panel.waitFor(`(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened ? s : null; })()`, 30_000);
  console.log(`Story page complete in ${Date.now() - started} ms\n`);
  // Topic cards may land a moment later (a slow encyclopedia never holds the page back).
  await panel.waitFor(`document.querySelectorAll('.topic-name').length >= 5`, 5_000).catch(() => undefined);
  const text = await panel.text();
  console.log(text.replace(/\n{3,}/g, '\n\n'));
  mkdirSync(out, { recursive: true });
  await panel.evaluate('document.fonts.ready.then(() => true)');
  const png = resolve(out, 'story-page.png');
  writeFileSync(png, await panel.screenshot());
  writeFileSync(resolve(out, 'story-page-top.png'), await panel.screenshot(1200));
  writeFileSync(resolve(out, 'story-page.txt'), text);
  console.log(`\nScreenshot of the side panel: ${png}`);
  await panel.detach();
} finally {
  await h.close();
  await newsroom.stop();
}
