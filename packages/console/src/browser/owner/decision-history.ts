import type { DecisionStage } from '@suite/contracts';
import { formatDay, t } from '../i18n';

export interface DecisionChange {
  stage: DecisionStage;
  at: string;
}

/** "History: Invited 1 Dec, Accepted 3 Dec" (oldest first), or undefined when nothing is recorded. */
export function historyText(history: readonly DecisionChange[], now = new Date()): string | undefined {
  if (history.length === 0) return undefined;
  const changes = [...history]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((change) =>
      t('historyChange', { stage: t(`stage_${change.stage}`), day: formatDay(change.at, now) }),
    );
  return t('history', { changes: changes.join(', ') });
}
