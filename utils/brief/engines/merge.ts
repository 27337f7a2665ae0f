/**
 * Model output is untrusted. It is parsed, cleaned to plain text, and validated section by
 * section against the StoryBrief schema; a section that fails, or cites a source we did not
 * give, is replaced by the extractive engine's section and listed in `fallbackSections`.
 * Headline, topic cards and sources always come from us, so every link the panel shows goes to a
 * known source.
 */
import { AgreedSchema, DiffersSchema, SentenceSchema, StoryBriefSchema, validateBrief, type BriefSource, type OutletRow, type Sentence, type StoryBrief } from '../schema';
import { SECTIONS, type AiStoryBrief, type SectionName } from './output';
import { wholeWord } from '../../core/regexp';
import { gateText, type Field } from '../../core/gate';

/** The JSON object in a model's answer: fences and chatter around it are dropped. */
export function parseModelJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

/**
 * The top-level members of a JSON object still being streamed that are complete: everything up
 * to the last comma at the object's own depth.
 */
export function completedMembers(text: string): Record<string, unknown> {
  const start = text.indexOf('{');
  if (start < 0) return {};
  let depth = 0;
  let inString = false;
  let escaped = false;
  let lastComma = -1;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && depth === 1) lastComma = i;
  }
  if (lastComma < 0) return {};
  try {
    const parsed = JSON.parse(`${text.slice(start, lastComma)}}`);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Fields a model writes as one line (a heading, a question, a date): capped as a title. */
const LINE_KEYS = new Set(['heading', 'question', 'date']);

/**
 * Plain text only, through the gate every outside string passes (a model's answer is outside
 * text: bidi overrides, invisible characters and lone surrogates go, and it is capped before any
 * pattern below reads it, so a 10 MB answer costs what a short one does); then tags, Markdown
 * images and links go; a bare URL stays only if it is a known source's.
 */
export function plainText(value: unknown, knownUrls: Set<string>, field: Field = 'description'): unknown {
  if (typeof value !== 'string') return value;
  return gateText(value, field)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/\bhttps?:\/\/[^\s)\]>"']+/gi, (url) => (knownUrls.has(url) ? url : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function cleanDeep(value: unknown, urls: Set<string>, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v, urls, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, k === 'cites' || k === 'sourceId' ? v : cleanDeep(v, urls, k)]));
  }
  return plainText(value, urls, LINE_KEYS.has(key) ? 'title' : 'description');
}

function citesIn(section: unknown): string[] {
  if (Array.isArray(section)) return section.flatMap(citesIn);
  if (section && typeof section === 'object') {
    const o = section as Record<string, unknown>;
    return [...(Array.isArray(o.cites) ? o.cites.map(String) : []), ...Object.entries(o).filter(([k]) => k !== 'cites').flatMap(([, v]) => citesIn(v))];
  }
  return [];
}

function nonEmpty(name: SectionName, section: StoryBrief[SectionName]): boolean {
  if (name === 'papers') {
    const p = section as StoryBrief['papers'];
    return p.overview.length + p.outlets.length > 0;
  }
  if (name === 'background') {
    const b = section as StoryBrief['background'];
    return b.paragraph.length + b.timeline.length > 0;
  }
  return (section as unknown[]).length > 0;
}

/** One section of model output, checked; undefined when it must fall back. */
export function checkSection(name: SectionName, raw: unknown, sources: BriefSource[]): StoryBrief[SectionName] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const urls = new Set(sources.map((s) => s.url));
  let candidate = cleanDeep(raw, urls);
  if (name === 'papers' && candidate && typeof candidate === 'object') {
    const p = candidate as { overview?: unknown; outlets?: unknown };
    if (!Array.isArray(p.outlets)) return undefined;
    // One row per outlet: a model's second row for an outlet joins its first; the reader's row is
    // marked from the sources (a model's rows never say which one it is).
    const rows = new Map<string, { sourceId: string; outlet: string; headline: string; angle: unknown[]; reader?: true }>();
    for (const o of p.outlets as Array<{ sourceId?: unknown; angle?: unknown }>) {
      const source = sources.find((s) => s.id === o?.sourceId);
      if (!source) return undefined; // an outlet we did not give: the whole section falls back
      if (!Array.isArray(o.angle)) return undefined;
      const key = source.outlet.trim().toLowerCase();
      const row = rows.get(key);
      if (!row) rows.set(key, { sourceId: source.id, outlet: source.outlet, headline: source.title, angle: [...(o.angle as unknown[])], ...(source.isReaderArticle ? { reader: true as const } : {}) });
      else {
        row.angle.push(...(o.angle as unknown[]));
        if (source.isReaderArticle) Object.assign(row, { sourceId: source.id, headline: source.title, reader: true });
      }
    }
    candidate = { overview: p.overview, ...comparisonParts(candidate, new Set(sources.map((s) => s.id))), outlets: [...rows.values()] };
  }
  const parsed = StoryBriefSchema.shape[name].safeParse(candidate);
  if (!parsed.success) return undefined;
  const ids = new Set(sources.map((s) => s.id));
  if (citesIn(parsed.data).some((c) => !ids.has(c))) return undefined;
  if (!nonEmpty(name, parsed.data)) return undefined;
  return parsed.data;
}

/** A sentence's citations of sources we gave; null when none is left. */
function knownCites(raw: unknown, ids: Set<string>): Sentence | null {
  const parsed = SentenceSchema.safeParse(raw);
  if (!parsed.success) return null;
  const cites = parsed.data.cites.filter((c) => ids.has(c));
  return cites.length ? { ...parsed.data, cites } : null;
}

/**
 * A model's comparison of the outlets (agreed, differs), part by part: a quote citing a source we
 * did not give loses that citation, and goes when it cites nothing else; a fact left with fewer than
 * two quotes, or a difference with fewer than two values, goes. A part left empty is not returned,
 * so the extractive one stands in for it (`mergeBrief`).
 */
function comparisonParts(raw: { agreed?: unknown; differs?: unknown }, ids: Set<string>): Pick<StoryBrief['papers'], 'agreed' | 'differs'> {
  const agreed = (Array.isArray(raw.agreed) ? raw.agreed : [])
    .map((a: { key?: unknown; quotes?: unknown }) => AgreedSchema.safeParse({ key: a?.key, quotes: (Array.isArray(a?.quotes) ? a.quotes : []).map((q) => knownCites(q, ids)).filter((q) => q !== null) }))
    .flatMap((r) => (r.success ? [r.data] : []))
    .slice(0, 4);
  const differs = (Array.isArray(raw.differs) ? raw.differs : [])
    .map((d: { what?: unknown; values?: unknown }) =>
      DiffersSchema.safeParse({
        what: d?.what,
        values: (Array.isArray(d?.values) ? d.values : []).flatMap((v: { value?: unknown; quote?: unknown }) => {
          const quote = knownCites(v?.quote, ids);
          return quote ? [{ value: v?.value, quote }] : [];
        }),
      }),
    )
    .flatMap((r) => (r.success ? [r.data] : []));
  return { ...(agreed.length ? { agreed } : {}), ...(differs.length ? { differs } : {}) };
}

/**
 * The parts of a model's "What the papers say" it left out, from the extractive engine's: the
 * agreed facts or differences it gave none of, and for each row what only the comparison knows —
 * whether the outlet was read in full or from its feed summary, how its headline frames the story.
 */
function withExtractiveParts(model: StoryBrief['papers'], extractive: StoryBrief['papers']): StoryBrief['papers'] {
  const rowOf = (o: OutletRow) => extractive.outlets.find((e) => e.sourceId === o.sourceId) ?? extractive.outlets.find((e) => e.outlet.trim().toLowerCase() === o.outlet.trim().toLowerCase());
  const out: StoryBrief['papers'] = {
    ...model,
    outlets: model.outlets.map((o) => {
      const e = rowOf(o);
      return { ...o, ...(e?.basis && !o.basis ? { basis: e.basis } : {}), ...(e?.framing && !o.framing ? { framing: e.framing } : {}) };
    }),
  };
  if (!out.agreed?.length && extractive.agreed?.length) out.agreed = extractive.agreed;
  if (!out.differs?.length && extractive.differs?.length) out.differs = extractive.differs;
  return out;
}

/** Merge model output into the extractive brief: every section the model got right replaces the extractive one. */
export function mergeBrief(raw: unknown, extractive: StoryBrief, engineId: string): AiStoryBrief {
  const out: StoryBrief = { ...extractive, engine: engineId, generatedAt: new Date().toISOString() };
  const fallbackSections: SectionName[] = [];
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  for (const name of SECTIONS) {
    const section = checkSection(name, obj[name], extractive.sources);
    if (section) (out as Record<SectionName, unknown>)[name] = name === 'papers' ? withExtractiveParts(section as StoryBrief['papers'], extractive.papers) : section;
    else fallbackSections.push(name);
  }
  const checked = validateBrief(out);
  if (!checked.ok) return { ...extractive, engine: engineId, fallbackSections: [...SECTIONS] };
  return { ...checked.brief, fallbackSections };
}

/** The sections complete so far in a streamed answer, checked, over the fields that are ours. */
export function partialBrief(text: string, base: Pick<StoryBrief, 'storyId' | 'headline' | 'topics' | 'sources'>, engineId: string): Partial<StoryBrief> {
  const members = completedMembers(text);
  const partial: Partial<StoryBrief> = { ...base, engine: engineId };
  for (const name of SECTIONS) {
    const section = checkSection(name, members[name], base.sources);
    if (section) (partial as Record<SectionName, unknown>)[name] = section;
  }
  return partial;
}

/**
 * A model's page after the reader took sources out of the story ("not the same story", a muted
 * outlet): the model is not asked again (it may cost money, and the reader wants it at once).
 * Citations of removed sources go; a sentence left citing nothing, or naming a removed outlet,
 * goes; a section left empty is the extractive one over the corrected sources (`fresh`).
 */
export function keepModelPage(model: StoryBrief, fresh: StoryBrief): StoryBrief {
  const kept = new Set(fresh.sources.map((s) => s.id));
  const removed = model.sources.filter((s) => !kept.has(s.id));
  if (!removed.length) return { ...model, topics: fresh.topics };
  // An outlet that is gone entirely (not one that still has another article here) must not be named.
  const keptOutlets = new Set(fresh.sources.map((s) => s.outlet.toLowerCase()));
  const gone = [...new Set(removed.map((s) => s.outlet.toLowerCase()))].filter((n) => n.length > 2 && !keptOutlets.has(n));
  const names = gone.map((n) => new RegExp(wholeWord(n), 'iu'));
  const keepSentence = <T extends { text: string; cites: string[] }>(s: T): T | null => {
    const cites = s.cites.filter((c) => kept.has(c));
    return cites.length && !names.some((n) => n.test(s.text)) ? { ...s, cites } : null;
  };
  const paragraph = (p: StoryBrief['happened']) => p.map(keepSentence).filter((s) => s !== null);
  const corrected: Pick<StoryBrief, SectionName> = {
    happened: paragraph(model.happened),
    behind: model.behind.map((t) => ({ ...t, paragraph: paragraph(t.paragraph) })).filter((t) => t.paragraph.length),
    papers: {
      overview: paragraph(model.papers.overview),
      ...comparisonParts(
        {
          agreed: model.papers.agreed?.map((a) => ({ ...a, quotes: paragraph(a.quotes) })),
          differs: model.papers.differs?.map((d) => ({ ...d, values: d.values.filter((v) => keepSentence(v.quote)) })),
        },
        kept,
      ),
      // Framing and basis are the comparison's, made again over the corrected sources (`fresh`).
      outlets: model.papers.outlets.filter((o) => kept.has(o.sourceId)).map(({ framing: _framing, basis: _basis, ...o }) => ({ ...o, angle: paragraph(o.angle) })).filter((o) => o.angle.length),
    },
    background: { paragraph: paragraph(model.background.paragraph), timeline: model.background.timeline.map(keepSentence).filter((s) => s !== null) },
    questions: model.questions.map((q) => ({ ...q, answer: paragraph(q.answer) })).filter((q) => q.answer.length),
  };
  const out: StoryBrief = { ...model, topics: fresh.topics, sources: fresh.sources };
  const fallbackSections = new Set(model.fallbackSections ?? []);
  for (const name of SECTIONS) {
    if (fallbackSections.has(name) || !nonEmpty(name, corrected[name])) {
      (out as Record<SectionName, unknown>)[name] = fresh[name];
      fallbackSections.add(name);
    } else {
      (out as Record<SectionName, unknown>)[name] = name === 'papers' ? withExtractiveParts(corrected.papers, fresh.papers) : corrected[name];
    }
  }
  return { ...out, fallbackSections: SECTIONS.filter((s) => fallbackSections.has(s)) };
}
