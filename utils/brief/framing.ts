/**
 * The only words the extractive engine adds of its own: the fixed wording of headings,
 * questions and outlet lines. Everything else in a piece of framing is a key phrase or a name
 * taken from the sources it cites; tests/brief checks exactly that against this list.
 */
export const THEME_LABELS = {
  significance: 'Why it matters',
  markets: 'Money and markets',
  politics: 'Politics and power',
  people: 'The human cost',
  law: 'Investigation and accountability',
  industry: 'Industry and technology',
  outlook: 'What comes next',
} as const;

export const QUESTION_TEMPLATES = {
  matters: 'Why does this matter?',
  timing: 'Why now?',
  next: 'What happens next?',
  /** "What happens next?" about the story's subject, when its answer is about them. */
  nextFor: (name: string) => `What happens next for ${name}?`,
  who: (name: string) => `Who is ${name}?`,
  meansFor: (name: string) => `What does it mean for ${name}?`,
  said: (name: string) => `What did ${name} say?`,
  money: 'How much money is involved?',
  details: 'What else is known?',
} as const;

export const OUTLET_LINES = {
  stresses: (outlet: string, phrases: string) => `${outlet} stresses ${phrases}.`,
  quotes: (names: string) => `It quotes ${names}.`,
  headline: (phrase: string) => `Its headline leads with ${phrase}.`,
  framing: (phrase: string, common: string, all: boolean) => `Its headline leads with ${phrase}; ${all ? "the others'" : "most others'"} name ${common}.`,
  overview: (n: number, outlets: string) => `${n} outlets cover this story: ${outlets}.`,
  shared: (count: string, phrases: string) => `${count} of them mention ${phrases}.`,
  all: (phrases: string) => `All of them mention ${phrases}.`,
} as const;

/** Every word the templates above may contribute (lower case), for the framing check. */
export const FRAMING_WORDS = new Set(
  [
    ...Object.values(THEME_LABELS),
    'Why does this matter? Why now? What happens next? Who is What does it mean for What did say? How much money is involved? How big is it? What else is known?',
    'stresses It quotes Its headline leads with outlets cover this story of them mention All and two three four five six seven eight nine ten the others most name',
  ]
    .join(' ')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean),
);

export function numberWord(n: number): string {
  return ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
}
