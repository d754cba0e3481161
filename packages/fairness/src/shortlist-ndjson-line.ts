import { fairShortlist } from './fair-shortlist';
import { FairnessValidationError } from './fairness-validation-error';
import { parseShortlistRequest } from './shortlist-request';

/**
 * Answers one NDJSON line of `pnpm fair-shortlist`: the shortlist, the strict-mode shortfall, or
 * an `{ error }` object. Never throws for bad input, so one bad line cannot stop a stream.
 */
export function shortlistNdjsonLine(line: string, lineNumber: number): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, error: { code: 'INVALID_JSON', message: (error as Error).message } };
  }
  try {
    const request = parseShortlistRequest(input);
    const result = fairShortlist(request.candidates, request.policy);
    if (!result.feasible) return { feasible: false, shortfall: result.shortfall };
    const { shortlist, relaxed, violations, report } = result;
    return relaxed ? { shortlist, relaxed, violations, report } : { shortlist, relaxed, report };
  } catch (error) {
    if (!(error instanceof FairnessValidationError)) throw error;
    return { line: lineNumber, error: { code: error.code, message: error.message, issues: error.issues } };
  }
}
