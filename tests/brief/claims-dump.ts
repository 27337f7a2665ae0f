/** `npx tsx tests/brief/claims-dump.ts`: prints What the papers say for the claims fixtures' stories (for tuning by eye). */
import { composeExtractive } from '../../utils/brief/extractive';
import { REFERENCE_EXPECTED, THREE_OUTLET_EXPECTED } from '../fixtures/claims/expected';
import { newsroomStories, storyInput } from './newsroom-input';

for (const e of [REFERENCE_EXPECTED, THREE_OUTLET_EXPECTED]) {
  const articles = (newsroomStories().get(e.story) ?? []).filter((a) => !e.without?.includes(a.outlet.id));
  const input = storyInput(e.story, articles, e.readerSlug);
  const texts = Object.fromEntries(articles.map((a) => [`c-${a.outlet.id}-${a.slug}`, a.body.filter((p) => !p.startsWith('## ')).join('\n\n')]));
  const p = composeExtractive({ ...input, texts }).papers;
  const o = (id: string) => id.replace(/^c-/, '').slice(0, 14);
  console.log(`\n=== ${e.story}`);
  for (const a of p.agreed ?? []) console.log(`AGREED [${a.key}] ${a.quotes.map((q) => `\n   ${o(q.cites[0]!)}: ${q.text.slice(0, 110)}`).join('')}`);
  for (const d of p.differs ?? []) console.log(`DIFFERS [${d.what}] ${d.values.map((v) => `\n   ${o(v.quote.cites[0]!)} ${v.value}: ${v.quote.text.slice(0, 100)}`).join('')}`);
  for (const r of p.outlets) console.log(`ROW ${r.outlet}${r.reader ? ' (reader)' : ''} ${r.framing ? `\n   FRAMING ${r.framing.text}` : ''}${r.angle.map((s) => `\n   ONLY ${s.text.slice(0, 120)}`).join('')}`);
}
