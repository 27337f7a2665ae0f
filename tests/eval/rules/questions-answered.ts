/**
 * Every question shown is answered: by a sentence about the question's subject that answers that
 * kind of question — a reason for "why", a time for "when", an amount for "how much"/"how many", a
 * place for "where", what comes for "what happens next" — and "What does it mean for X?" names X.
 */
import type { PageRule } from './page';
import { short } from './text';

const REASON = /\b(?:because|due to|owing to|so that|as a result|in order to|in response to|thanks to|following|amid|after|led to|lead to|leads to|leading to|caused|causes|prompted|prompting|therefore|reason|reasons|aimed at|designed to|to avoid|to prevent|to protect|to end|to stop|to help)\b/i;
/** Why something matters: a reason, or what it means, changes or risks. */
const SIGNIFICANCE = /\b(?:means?|meaning|significan\w*|important|importance|consequences?|implications?|impact|affects?|affected|threat\w*|risks?)\b/i;
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const TIME = new RegExp(
  `\\b(?:${MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight|(?:1[89]|20)\\d\\d|(?:last|next|this|earlier|later)\\s+(?:year|week|month|spring|summer|fall|autumn|winter|decade|century|weekend|morning|night)|\\d+\\s+(?:days?|weeks?|months?|years?|decades?)\\s+(?:ago|later|earlier)|in\\s+the\\s+(?:\\d{4}s|coming\\s+\\w+))\\b`,
);
const CURRENCY = '(?:U\\.S\\.\\s+)?(?:dollars?|dlrs?|euros?|yuan|renminbi|pounds?(?:\\s+sterling)?|yen|marks|francs|rupees?|lire|shillings?|pesos?|rubles?|roubles?|won|baht)';
const MONEY = new RegExp(`[$€£¥]\\s?\\d|\\b\\d[\\d,.]*\\s*(?:(?:hundred|thousand|million|billion|trillion)\\s+)?${CURRENCY}\\b|\\b${CURRENCY}\\s+\\d`, 'i');
const NUMBER_WORD = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|billions|dozens|scores';
const AMOUNT = new RegExp(`\\b\\d[\\d,.]*\\s*(?:%|percent|per\\s+cent|(?:hundred|thousand|million|billion|trillion)\\b|[a-z]{3,})|\\b(?:${NUMBER_WORD})\\s+(?:of\\s+)?[a-z]{3,}|${MONEY.source}`, 'i');
const PLACE = /\b(?:in|at|near|from|outside|inside|across|throughout|to|into|off)\s+(?:the\s+)?(?:[A-Z][\w.'’-]+)/;
const FUTURE = /\b(?:will|would|shall|plans?|planned|planning|expected|expects|scheduled|next|upcoming|going to|intends?|intended|aims?|proposed|proposes|set to|could|may|might|is to|are to|due to (?:be|start|begin|meet|vote))\b/i;

/** What kind of answer a question asks for, and how to recognise one. */
function wants(question: string): { what: string; re: RegExp } | null {
  const q = question.trim();
  if (/^why\s+(?:does|do|did|would)\s+(?:this|it|that)\s+matter\b/i.test(q)) return { what: 'a reason or what it means', re: new RegExp(`${REASON.source}|${SIGNIFICANCE.source}`, 'i') };
  if (/^why\b/i.test(q)) return { what: 'a reason', re: REASON };
  if (/^when\b/i.test(q)) return { what: 'a time', re: TIME };
  if (/^how\s+much\s+(?:money|is\s+at\s+stake)|\b(?:cost|costs|spent|spend|paid|pay|price|funding|budget)\b/i.test(q) && /^how\s+much\b/i.test(q)) return { what: 'a sum of money', re: MONEY };
  if (/^how\s+(?:much|many)\b/i.test(q)) return { what: 'an amount', re: AMOUNT };
  if (/^where\b/i.test(q)) return { what: 'a place', re: PLACE };
  if (/^what\s+(?:happens|comes|is)\s+next\b|^what\s+next\b|^what(?:'s|’s)\s+next\b/i.test(q)) return { what: 'what comes next', re: FUTURE };
  return null;
}

/** The name a "What does it mean for X?" question is about. */
const meantFor = (q: string): string | undefined => /\bmean\s+for\s+(?:the\s+)?(.+?)\s*\??$/i.exec(q.trim())?.[1];

/** Whether an answer names X: the whole name or one of its capitalised words (a surname). */
function names(answer: string, x: string): boolean {
  const a = answer.toLowerCase();
  if (a.includes(x.toLowerCase())) return true;
  return x
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && w.length >= 3 && !/^(?:The|Mr|Mrs|Ms|Dr|President|Minister|Secretary|Department|Ministry|Of)$/i.test(w))
    .some((w) => new RegExp(`\\b${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(a));
}

export const questionsAnswered: PageRule = {
  id: 'questions-answered',
  check(page) {
    const out: string[] = [];
    for (const { question, answer } of page.questions) {
      const text = answer.map((s) => s.text).join(' ');
      if (!text.trim()) {
        out.push(`"${question}" has no answer`);
        continue;
      }
      const who = meantFor(question);
      if (who && !/^(?:it|this|them|us|you|me|him|her)$/i.test(who) && !names(text, who)) out.push(`"${question}": the answer does not name ${who} ("${short(text)}")`);
      // A question about someone or something is answered about them: the answer names one of them.
      const subject = question.split(/\s+/).slice(1).map((w) => w.replace(/[?'’s]*$/, '').replace(/[^\w.-]/g, '')).filter((w) => /^[A-Z][a-z]/.test(w) && !/^(?:What|Why|When|Where|How|Who|Which|The|This|It|Is|Are|Does|Do)$/.test(w));
      if (!who && subject.length && !subject.some((w) => names(text, w))) out.push(`"${question}": the answer is not about ${subject.join(' ')} ("${short(text)}")`);
      const kind = wants(question);
      if (kind && !answer.some((s) => kind.re.test(s.text))) out.push(`"${question}": the answer gives no ${kind.what.replace(/^(a|an) /, '')} ("${short(text)}")`);
    }
    return out;
  },
};
