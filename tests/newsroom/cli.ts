/**
 * `npm run newsroom [-- --latency 150] [--corpus FILE.jsonl [--now ISO]]`: run the sample newsroom,
 * or any labelled corpus served as outlets (corpus-file.ts), until Ctrl-C.
 */
import { argValue as arg } from '../cli-arg';
import { REFERENCE } from './corpus';
import { loadCorpusFile } from './corpus-file';
import { startNewsroom } from './server';

const latency = Number(arg('latency') ?? arg('latency-ms') ?? 0) || 0;
const corpus = arg('corpus');
const n = await startNewsroom({ latencyMs: latency, content: corpus ? loadCorpusFile(corpus) : undefined, now: arg('now') });
console.log(`${corpus ? `Corpus newsroom (${corpus})` : 'Sample newsroom'} on port ${n.port} (${n.articles.length} articles, ${n.outlets.length} outlets)`);
console.log(`APIs:      ${n.apiBase}/api/v2/doc/doc · ${n.apiBase}/rss/search · ${n.apiBase}/api/rest_v1/page/summary/{title}`);
for (const o of n.outlets) console.log(`${o.name.padEnd(22)} ${n.siteUrl(o)}/   feed ${n.feedUrl(o)}`);
if (!corpus) console.log(`Reference story: ${n.articleUrl(n.find(REFERENCE.outlet, REFERENCE.slug))}`);
process.on('SIGINT', () => void n.stop().then(() => process.exit(0)));
