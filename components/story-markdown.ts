/** The story page as Markdown, every sentence followed by links to its sources. */
import type { BriefSource, Paragraph, StoryBrief } from '@/utils/brief/schema';

function cites(ids: string[], sources: BriefSource[]): string {
  return ids
    .map((id) => {
      const i = sources.findIndex((s) => s.id === id);
      const source = sources[i];
      return source ? `[${i + 1}](${source.url})` : '';
    })
    .join('');
}

function para(p: Paragraph, sources: BriefSource[]): string {
  return p.map((s) => `${s.text} ${cites(s.cites, sources)}`.trim()).join(' ');
}

export function storyToMarkdown(b: StoryBrief): string {
  const out: string[] = [`# ${b.headline}`, '', "## What's happened", '', para(b.happened, b.sources)];
  if (b.behind.length) {
    out.push('', "## What's behind the headline?");
    for (const t of b.behind) out.push('', `### ${t.heading}`, '', para(t.paragraph, b.sources));
  }
  if (b.papers.outlets.length) {
    out.push('', '## What the papers say', '');
    if (b.papers.overview.length) out.push(para(b.papers.overview, b.sources), '');
    for (const o of b.papers.outlets) out.push(`- **${o.outlet}**${o.reader ? ' (you are reading this)' : ''} — ${o.headline}${o.angle.length ? `: ${para(o.angle, b.sources)}` : ''}`);
  }
  if (b.background.paragraph.length || b.background.timeline.length) {
    out.push('', '## How we got here', '');
    if (b.background.paragraph.length) out.push(para(b.background.paragraph, b.sources), '');
    for (const e of b.background.timeline) out.push(`- ${e.date}: ${e.earlier ? "(earlier coverage) " : ""}${e.text} ${cites(e.cites, b.sources)}`);
  }
  if (b.questions.length) {
    out.push('', '## Go deeper');
    for (const q of b.questions) out.push('', `**${q.question}**`, '', para(q.answer, b.sources));
  }
  if (b.topics.length) {
    out.push('', '## More on these topics', '');
    for (const t of b.topics) out.push(`- [${t.name}](${t.url}): ${t.extract}`);
  }
  out.push('', '## Sources', '');
  b.sources.forEach((s, i) => out.push(`${i + 1}. ${s.outlet}: [${s.title}](${s.url})${s.published ? ` (${s.published.slice(0, 10)})` : ''}`));
  return out.join('\n') + '\n';
}
