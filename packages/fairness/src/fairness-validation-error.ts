import type { z } from 'zod';
import { GENDER_GROUPS } from './gender-groups';

/** One problem with the input, addressed by a dotted field path (`candidates.3.score`). */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * Thrown for input the fairness package refuses to rank (bad policy, bad candidates).
 * `issues` carries field paths so an HTTP layer can answer 400 with them.
 */
export class FairnessValidationError extends Error {
  readonly code = 'FAIRNESS_VALIDATION_FAILED';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(`invalid fairness input: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'FairnessValidationError';
    this.issues = issues;
  }
}

export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  const toPath = (path: readonly PropertyKey[]) => [...prefix, ...path].map(String).join('.');
  return error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [{ path: toPath(issue.path), message: issue.message }];
    // One issue per unknown key, addressed at the key itself, so a client can point at the field.
    const inGroups = issue.path[issue.path.length - 1] === 'groups';
    return issue.keys.map((key) => ({
      path: toPath([...issue.path, key]),
      message: inGroups ? `unknown group; expected one of ${GENDER_GROUPS.join(', ')}` : 'unknown field',
    }));
  });
}
