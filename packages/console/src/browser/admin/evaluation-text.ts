import type { offlineEvaluationSchema } from '@suite/contracts';
import type { z } from 'zod';
import { formatNumber, formatPercent, t, tc } from '../i18n';

type Evaluation = z.output<typeof offlineEvaluationSchema>;

/**
 * The offline check of a proposed config against past decisions, in words: how high the people need
 * owners went on with are ranked (nDCG, 0-1) and how many of them make the first k (recall).
 */
export function evaluationText(evaluation: Evaluation): string {
  const { current, proposed, k } = evaluation;
  // The service's note is English only; "no decisions" is the common case, so it is said here.
  if (evaluation.challenges === 0 || current.ndcg === null || proposed.ndcg === null) return t('noDecisions');
  const challenges = tc('challenges', evaluation.challenges);
  // Zeros everywhere read as a broken figure; they mean none of those people is on either list.
  if ((current.recall ?? 0) === 0 && (proposed.recall ?? 0) === 0) return t('noneOnLists', { challenges, k });
  return t('ndcgValues', {
    k,
    current: formatNumber(current.ndcg, 2),
    proposed: formatNumber(proposed.ndcg, 2),
    recallCurrent: formatPercent(current.recall ?? 0),
    recallProposed: formatPercent(proposed.recall ?? 0),
    challenges,
  });
}
