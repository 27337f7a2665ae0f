/** The story page as Markdown, every sentence followed by links to its sources. */
import type { BriefSource, Paragraph, Sentence, StoryBrief } from '@/utils/brief/schema';

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
    const agreed = b.papers.agreed ?? [];
    const differs = b.papers.differs ?? [];
    const outletOf = (id: string) => b.sources.find((s) => s.id === id)?.outlet ?? id;
    // "Wire [2](…)": who a sentence is from, with its link.
    const who = (s: Sentence) => `${s.cites.map(outletOf).join(', ')} ${cites(s.cites, b.sources)}`;
    if (agreed.length) {
      out.push('### Agreed', '');
      for (const a of agreed.slice(0, 4)) {
        const [first, ...rest] = a.quotes;
        if (first) out.push(`- ${para([first], b.sources)}${rest.length ? ` Also reported by ${rest.map(who).join(', ')}.` : ''}`);
      }
      out.push('');
    }
    if (differs.length) {
      out.push('### Differs', '');
      for (const d of differs) out.push(`- **${d.what}**: ${d.values.map((v) => `${v.value} (${who(v.quote)})`).join(' · ')}`);
      out.push('');
    }
    if (agreed.length || differs.length) out.push('### Outlet by outlet', '');
    for (const o of b.papers.outlets) {
      const basis = o.basis === 'snippet' ? ' (compared from its headline and summary only)' : '';
      // Rows the comparison made say what is only in them; older rows keep their angle on the line.
      out.push(`- **${o.outlet}**${o.reader ? ' (you are reading this)' : ''} — ${o.headline}${basis}${o.angle.length && !o.basis ? `: ${para(o.angle, b.sources)}` : ''}`);
      if (o.framing) out.push(`  - ${para([o.framing], b.sources)}`);
      if (o.angle.length && o.basis) out.push(`  - Only in ${o.outlet}: ${para(o.angle, b.sources)}`);
    }
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
