import type { Shortlist } from '@suite/contracts';

const toWidth = (text: string, width: number) =>
  text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;

/**
 * A long idea title cut in the middle: its last word stays ("… i Helsingborg"), since demo ideas on
 * one theme differ by where they run.
 */
const keepingLastWord = (text: string, width: number) => {
  if (text.length <= width) return text;
  const lastWord = text.slice(text.lastIndexOf(' ') + 1);
  if (lastWord.length > width / 3) return text;
  return `${text.slice(0, width - lastWord.length - 2).trimEnd()}… ${lastWord}`;
};

/** Why the pair matched, in a few words: the top shared terms and the shared goals. */
const why = (entry: Shortlist['entries'][number]) => {
  const terms = entry.explanation.terms.slice(0, 3).join(', ');
  const sdgs = entry.explanation.sdgs.length ? `SDG ${entry.explanation.sdgs.join(',')}` : '';
  // Goals first: they are short, and the terms are cut when the column runs out.
  return [sdgs, terms].filter(Boolean).join('; ') || '-';
};

const counts = (c: Partial<Record<string, number>>) =>
  Object.entries(c)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([group, n]) => `${group} ${n}`)
    .join(', ') || 'none';

/** The shortlist as a terminal table (rank, innovator, idea, score, why, group) and its balance report. */
export function renderShortlist(shortlist: Shortlist, challengeTitle: string): string {
  const columns: [string, number][] = [
    ['rank', 4],
    ['innovator', 20],
    ['idea', 40],
    ['score', 5],
    ['why', 40],
    ['group', 11],
  ];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => toWidth(c, columns[i]?.[1] ?? 10))
      .join('  ')
      .trimEnd();
  const rows = shortlist.entries.map((e) =>
    line([
      String(e.rank),
      e.innovator.name,
      keepingLastWord(e.idea.title, 40),
      e.score.toFixed(3),
      why(e),
      e.group,
    ]),
  );
  const { balance } = shortlist;
  const groups = Object.entries(balance.policy.groups ?? {})
    .map(
      ([group, b]) =>
        `${group} ${b?.min !== undefined ? `>= ${b.min * 100} %` : ''}${b?.max !== undefined ? ` <= ${b.max * 100} %` : ''}`,
    )
    .join(', ');
  const report = [
    `  policy        ${balance.policy.mode}${groups ? `: ${groups} of every prefix` : ''}${shortlist.relaxed ? ' (relaxed: the pool could not meet it)' : ''}`,
    `  pool          ${counts(balance.pool)}`,
    `  shortlist     ${counts(balance.list)}`,
    `  nDCG loss     ${balance.ndcgLoss.toFixed(4)} against the unconstrained ranking`,
    `  infeasible    ${balance.infeasiblePrefixes} prefixes`,
    `  binding       ${balance.binding.map((b) => `${b.group} ${b.bound}`).join(', ') || 'none'}`,
    ...(balance.shortfall ? [`  shortfall     ${counts(balance.shortfall)}`] : []),
  ];
  return [
    `Shortlist for "${challengeTitle}" (${shortlist.challengeId}, k=${shortlist.k}, config v${shortlist.configVersion})`,
    '',
    line(columns.map(([name]) => name)),
    line(columns.map(([, width]) => '-'.repeat(width))),
    ...(rows.length ? rows : ['  (no candidates yet)']),
    '',
    'Balance',
    ...report,
  ].join('\n');
}
