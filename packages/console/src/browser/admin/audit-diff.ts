import { genders, scoreComponentNames } from '@suite/contracts';
import { groupLabel } from '../component-bars';
import { formatDecimal, t } from '../i18n';

// The audit log names changed fields by their config path (`balance.groups.woman.min`); people read
// the labels the editor shows, and numbers in the page's language.

const weightPaths = new Map<string, string>(scoreComponentNames.map((name) => [`weights.${name}`, name]));
const groupPaths = new Set<string>(genders);

/** A config path as the editor labels it; an unknown path as it is. */
export function fieldLabel(field: string): string {
  const weight = weightPaths.get(field);
  if (weight) return t(`weight_${weight as (typeof scoreComponentNames)[number]}`);
  if (field === 'minScore') return t('minScore');
  if (field === 'balance.mode') return t('mode');
  if (field === 'balance.k') return t('policyLength');
  const bound = /^balance\.groups\.([a-z_]+)\.(min|max)$/.exec(field);
  if (bound && groupPaths.has(bound[1]!)) {
    const group = groupLabel(bound[1] as (typeof genders)[number]);
    return t(bound[2] === 'min' ? 'minShare' : 'maxShare', { group });
  }
  return field;
}

/** A changed value: numbers with the language's decimal sign, modes by name, an absent bound as "none". */
export function fieldValue(field: string, value: string | number | null): string {
  if (value === null) return t('noBound');
  if (typeof value === 'number') return formatDecimal(value);
  if (field === 'balance.mode' && (value === 'relax' || value === 'strict')) return t(`modeName_${value}`);
  return value;
}

export const changeText = (change: {
  field: string;
  from: string | number | null;
  to: string | number | null;
}) =>
  `${fieldLabel(change.field)}: ${fieldValue(change.field, change.from)} → ${fieldValue(change.field, change.to)}`;
