// npm run screenshots: serves the demo (as npm start does) and writes PNGs of its pages to docs/screenshots/.
// The drop-in page (demo/plain.html) uses the built dist/news-widgets.js: run npm run build first.
import { mkdirSync, existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { launch } from './browser.mjs';
import devServerConfig from '../web-dev-server.config.mjs';

const pages = [
  { name: 'demo-index', path: '/demo/', width: 1280, height: 1400 },
  { name: 'demo-article', path: '/demo/article.html', width: 1280, height: 900 },
  { name: 'demo-states', path: '/demo/states.html', width: 1280, height: 1300, waitForReady: false },
  { name: 'demo-dark-rtl-de', path: '/demo/dark.html', width: 1280, height: 1500 },
  { name: 'demo-mobile', path: '/demo/', width: 390, height: 1600, scale: 2 },
  { name: 'demo-plain', path: '/demo/plain.html', width: 1024, height: 1400, needsBuild: true },
];

mkdirSync('docs/screenshots', { recursive: true });
const port = 8700 + Math.floor(Math.random() * 200);
const server = await startDevServer({
  config: { ...devServerConfig, port, watch: false, logStartMessage: false, clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const browser = await launch();
try {
  for (const page of pages) {
    if (page.needsBuild && !existsSync('dist/news-widgets.js')) {
      console.log(`skipped ${page.name}: run npm run build first`);
      continue;
    }
    const context = await browser.newContext({
      viewport: { width: page.width, height: page.height },
      deviceScaleFactor: page.scale ?? 1,
      timezoneId: 'Europe/Copenhagen',
    });
    const tab = await context.newPage();
    await tab.goto(`http://127.0.0.1:${port}${page.path}`);
    if (page.waitForReady !== false) {
      await tab.waitForFunction(
        () => [...document.querySelectorAll('news-card, news-trending, news-byline, news-feed')].every((el) => el.getAttribute('state') && el.getAttribute('state') !== 'loading'),
        null,
        { timeout: 15000 },
      );
    } else {
      await tab.waitForTimeout(1500);
    }
    await tab.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
    await tab.waitForTimeout(300);
    const file = `docs/screenshots/${page.name}.png`;
    await tab.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  // The states page holds a request that never answers; do not wait for it to close.
  void server.stop();
}
process.exit(0);
