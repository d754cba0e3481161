// Row builders for the binary SDG dev sets (id,text,sdg,label); see build-sdg-dev-set.ts.
import { tagSdgs } from '@suite/text';
import type { UnSdgText } from '@suite/text/un-sdg-texts';
import { csvField } from './cli';
import { shuffle } from './seeded-random';

const GOALS = Array.from({ length: 17 }, (_, i) => i + 1);

/** A labelled text: is goal `sdg` addressed by it? */
export interface BinaryRow {
  readonly id: string;
  readonly text: string;
  readonly sdg: number;
  readonly label: boolean;
}

/** CSV lines, header first. */
export function toCsv(rows: readonly BinaryRow[]): string {
  const lines = ['id,text,sdg,label'];
  for (const row of rows)
    lines.push([row.id, csvField(row.text), row.sdg, row.label ? 'True' : 'False'].join(','));
  return `${lines.join('\n')}\n`;
}

/** Whether the lexicon gives `goal` any evidence in `text`, i.e. a keyword match would propose it. */
export function mentionsGoal(text: string, goal: number): boolean {
  return (tagSdgs(text).scores[goal - 1] ?? 0) > 0;
}

/** Easy set: every text of g is a positive; as many random texts of other goals are negatives. */
export function easyRows(texts: readonly UnSdgText[], random: () => number): BinaryRow[] {
  const rows: BinaryRow[] = [];
  for (const goal of GOALS) {
    const positives = texts.filter((t) => t.goal === goal);
    const negatives = shuffle(
      texts.filter((t) => t.goal !== goal),
      random,
    ).slice(0, positives.length);
    for (const t of positives) rows.push({ id: `${t.id}@${goal}`, text: t.text, sdg: goal, label: true });
    for (const t of negatives) rows.push({ id: `${t.id}@${goal}`, text: t.text, sdg: goal, label: false });
  }
  return rows;
}

/**
 * Hard set: the positives of the easy set, but the negatives are near misses - texts of other goals
 * in which goal g's own vocabulary occurs, as many as there are positives where available - plus a
 * quarter as many random negatives, so both kinds of "no" are represented. Which texts are near
 * misses depends on the lexicon, so the set is rebuilt (deterministically) when the lexicon changes.
 */
export function hardRows(texts: readonly UnSdgText[], random: () => number): BinaryRow[] {
  const rows: BinaryRow[] = [];
  for (const goal of GOALS) {
    const positives = texts.filter((t) => t.goal === goal);
    const others = shuffle(
      texts.filter((t) => t.goal !== goal),
      random,
    );
    const near = others.filter((t) => mentionsGoal(t.text, goal)).slice(0, positives.length);
    const chosen = new Set(near.map((t) => t.id));
    const randomNegatives = others.filter((t) => !chosen.has(t.id)).slice(0, Math.ceil(positives.length / 4));
    for (const t of positives) rows.push({ id: `${t.id}@${goal}`, text: t.text, sdg: goal, label: true });
    for (const t of near) rows.push({ id: `${t.id}@${goal}~near`, text: t.text, sdg: goal, label: false });
    for (const t of randomNegatives)
      rows.push({ id: `${t.id}@${goal}~random`, text: t.text, sdg: goal, label: false });
  }
  return rows;
}

/** The first clause of a text (at most `maxWords` words): a passing mention rather than a topic. */
export function firstClause(text: string, maxWords = 14): string {
  const clause = text.split(/[,;:(]/)[0] ?? text;
  return clause.split(/\s+/).filter(Boolean).slice(0, maxWords).join(' ');
}

/**
 * Paragraph set, closer to real paragraphs (OSDG style): two texts of a dominant goal g and a
 * passing mention of another goal h (the first clause of one of h's texts, kept only if it still
 * carries h's vocabulary), in seeded order. Labels: g True, h False - h is what a keyword tagger
 * would propose, but the paragraph is about g.
 */
export function paragraphRows(
  texts: readonly UnSdgText[],
  random: () => number,
  perGoal: number,
): BinaryRow[] {
  const rows: BinaryRow[] = [];
  const byGoal = new Map(GOALS.map((g) => [g, texts.filter((t) => t.goal === g)]));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const withTexts = GOALS.filter((g) => (byGoal.get(g) ?? []).length > 0);
  for (const goal of GOALS) {
    const own = byGoal.get(goal) ?? [];
    const others = withTexts.filter((g) => g !== goal);
    if (own.length < 2 || others.length === 0) continue;
    for (let i = 0; i < perGoal; i++) {
      const [a, b] = shuffle(own, random) as [UnSdgText, UnSdgText];
      let mention: { goal: number; text: string } | undefined;
      for (let attempt = 0; attempt < 20 && mention === undefined; attempt++) {
        const other = pick(others);
        const text = firstClause(pick(byGoal.get(other) as UnSdgText[]).text);
        if (mentionsGoal(text, other)) mention = { goal: other, text };
      }
      if (mention === undefined) continue;
      const sentences = shuffle([a.text, b.text, mention.text], random).map((s) => s.replace(/\.?$/, '.'));
      const text = sentences.join(' ');
      const id = `p${goal}-${i}`;
      rows.push({ id: `${id}@${goal}`, text, sdg: goal, label: true });
      rows.push({ id: `${id}@${mention.goal}~incidental`, text, sdg: mention.goal, label: false });
    }
  }
  return rows;
}
