/** Go deeper: the questions a reader would ask, each answered by sentences lifted from the sources. */
import { findEntities, mentions } from '../core/entities';
import { findSpeakers } from '../core/quotes';
import { rankedUnits, type StoryContext } from './context';
import { QUESTION_TEMPLATES } from './framing';
import type { StoryBrief } from './schema';

const CUES = {
  matters: /\b(largest|biggest|first|record|historic|major|milestone|significant|ranks? among|would|could|means?|bet|ambitions?)\b/i,
  timing: /\b(timed to|comes as|came as|ahead of|after|amid|follows|following|days? after|weeks? after|since|on the sidelines)\b/i,
  next: /\b(will|expected|plans?|scheduled|next|later|upcoming|due to)\b/i,
  role: /\b(chief|president|minister|executive|analyst|founder|director|spokes\w+|CEO|head|leader|governor|chairman|professor|economist|official)\b/i,
  impact: /\b(could|would|give|gives|boost|hit|mean|means|benefit|risk|cost|help|hurt)\b/i,
  money: /[$€£₩]\s?\d|\b\d[\d,.]*\s?(?:billion|million|trillion|bn)\b|\b(?:billion|million|trillion) (?:dollars|euros|won|pounds)\b/i,
};

type Answerable = { question: string; test: (text: string) => boolean };

export function composeQuestions(ctx: StoryContext): StoryBrief['questions'] {
  const all = ctx.docs.map((d) => `${d.title}\n\n${d.text}`).join('\n\n');
  const entities = findEntities(all, ctx.lang).filter((e) => e.count >= 2 && e.name.length > 2);
  const speakers = new Set(ctx.docs.flatMap((d) => findSpeakers(d.text)));
  const person = entities.find((e) => e.name.includes(' ') && (speakers.has(e.name) || entities.some((o) => o.name === e.name.split(' ').pop() || o.name === e.name.split(' ')[0])) && !/\b(of|and)\b/.test(e.name));
  const other = entities.find((e) => e !== person && !/(?:ean|ian|ese|ish)$/.test(e.name) && !(person && person.name.includes(e.name)) && !ctx.docs[0]?.title.toLowerCase().startsWith(e.name.toLowerCase()));

  const wanted: Answerable[] = [
    { question: QUESTION_TEMPLATES.matters, test: (t) => CUES.matters.test(t) },
    { question: QUESTION_TEMPLATES.timing, test: (t) => CUES.timing.test(t) },
    ...(person ? [{ question: QUESTION_TEMPLATES.who(person.name), test: (t: string) => mentions(t, person.name) && CUES.role.test(t) }] : []),
    { question: QUESTION_TEMPLATES.money, test: (t) => CUES.money.test(t) },
    ...(other ? [{ question: QUESTION_TEMPLATES.meansFor(other.name), test: (t: string) => mentions(t, other.name) && CUES.impact.test(t) }] : []),
    { question: QUESTION_TEMPLATES.next, test: (t) => CUES.next.test(t) },
    // Asked only when fewer than three others found an answer: the most central sentence left.
    { question: QUESTION_TEMPLATES.details, test: () => true },
  ];
  const ranked = rankedUnits(ctx, { standalone: true }).filter((r) => !/^["“]/.test(r.unit.text));
  const answered = new Set<string>();
  const out: StoryBrief['questions'] = [];
  for (const q of wanted) {
    if (out.length >= 5 || (q.question === QUESTION_TEMPLATES.details && out.length >= 3)) break;
    // Prefer a sentence no other section used; fall back to one that did rather than leave a question unanswered.
    const fresh = ranked.find((r) => !answered.has(r.unit.text) && !ctx.used.has(r.unit.text) && q.test(r.unit.text));
    const any = fresh ?? ranked.find((r) => !answered.has(r.unit.text) && q.test(r.unit.text));
    if (!any) continue;
    answered.add(any.unit.text);
    out.push({ question: q.question, answer: [{ text: any.unit.text, cites: [any.unit.docId] }] });
  }
  return out;
}
