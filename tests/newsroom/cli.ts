/** `npm run newsroom [-- --latency 150]`: run the sample newsroom until Ctrl-C. */
import { REFERENCE } from './corpus';
import { startNewsroom } from './server';

const latency = Number(process.argv[process.argv.indexOf('--latency') + 1]) || 0;
const n = await startNewsroom({ latencyMs: process.argv.includes('--latency') ? latency : 0 });
console.log(`Sample newsroom on port ${n.port} (${n.articles.length} articles, ${n.outlets.length} outlets)`);
console.log(`APIs:      ${n.apiBase}/api/v2/doc/doc · ${n.apiBase}/rss/search · ${n.apiBase}/api/rest_v1/page/summary/{title}`);
for (const o of n.outlets) console.log(`${o.name.padEnd(22)} ${n.siteUrl(o)}/   feed ${n.feedUrl(o)}`);
console.log(`Reference story: ${n.articleUrl(n.find(REFERENCE.outlet, REFERENCE.slug))}`);
process.on('SIGINT', () => void n.stop().then(() => process.exit(0)));
