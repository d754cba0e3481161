import { genders, type MatchingConfig, type MatchingWeights, scoreComponentNames } from '@suite/contracts';

/** The parts of a matching config an admin edits (no version, author or reason). */
export interface TunableConfig {
  weights: MatchingWeights;
  minScore: number;
  balance: MatchingConfig['balance'];
}

export type DiffValue = number | string | null;

/** One changed field, named by its dotted path (`weights.sdg`, `balance.groups.woman.min`). */
export interface FieldChange {
  field: string;
  from: DiffValue;
  to: DiffValue;
}

/** Every editable field with its reader, in the order diffs list them (whatever order the input had). */
const fields: Array<[string, (config: TunableConfig) => DiffValue | undefined]> = [
  ...scoreComponentNames.map((name): [string, (c: TunableConfig) => number] => [
    `weights.${name}`,
    (c) => c.weights[name],
  ]),
  ['minScore', (c) => c.minScore],
  ['balance.k', (c) => c.balance.k],
  ['balance.mode', (c) => c.balance.mode],
  ...genders.flatMap(
    (group): Array<[string, (c: TunableConfig) => number | undefined]> => [
      [`balance.groups.${group}.min`, (c) => c.balance.groups[group]?.min],
      [`balance.groups.${group}.max`, (c) => c.balance.groups[group]?.max],
    ],
  ),
];

/**
 * Field-level difference between two configs. A field present on one side only shows `null` on
 * the other: a group bound (or `k`) that was added or removed.
 */
export function diffConfigs(previous: TunableConfig, next: TunableConfig): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, read] of fields) {
    const from = read(previous) ?? null;
    const to = read(next) ?? null;
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}
