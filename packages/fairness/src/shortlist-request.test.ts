import { describe, expect, it } from 'vitest';
import { FairnessValidationError } from './fairness-validation-error';
import { parseShortlistRequest } from './shortlist-request';

const policy = { k: 3 };

function issuesOf(input: unknown) {
  try {
    parseShortlistRequest(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FairnessValidationError);
    return (error as FairnessValidationError).issues;
  }
  throw new Error('expected a validation error');
}

describe('shortlist request', () => {
  it('parses candidates and applies policy defaults', () => {
    const request = parseShortlistRequest({
      candidates: [{ id: 'a', score: 0, group: 'undisclosed' }],
      policy,
    });
    expect(request.policy.mode).toBe('relax');
    expect(request.candidates).toEqual([{ id: 'a', score: 0, group: 'undisclosed' }]);
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -0.01],
    ['infinite', Number.POSITIVE_INFINITY],
    ['non-numeric', '0.5'],
  ])('rejects a %s score with the field path', (_, score) => {
    expect(issuesOf({ candidates: [{ id: 'a', score, group: 'woman' }], policy })).toEqual([
      { path: 'candidates.0.score', message: 'score must be a finite number >= 0' },
    ]);
  });

  it('rejects duplicate ids, pointing at each repeat', () => {
    const candidates = [
      { id: 'a', score: 1, group: 'woman' },
      { id: 'b', score: 1, group: 'man' },
      { id: 'a', score: 0.5, group: 'man' },
    ];
    expect(issuesOf({ candidates, policy })).toEqual([
      { path: 'candidates.2.id', message: 'duplicate id "a" (first at 0)' },
    ]);
  });

  it('rejects unknown groups and empty ids', () => {
    expect(issuesOf({ candidates: [{ id: '', score: 1, group: 'female' }], policy })).toEqual([
      { path: 'candidates.0.id', message: 'id must be a non-empty string' },
      { path: 'candidates.0.group', message: 'group must be one of woman, man, non_binary, undisclosed' },
    ]);
  });

  it('reports policy problems under policy.*', () => {
    expect(issuesOf({ candidates: [], policy: { k: 500 } })).toEqual([
      { path: 'policy.k', message: 'k must be an integer from 1 to 200' },
    ]);
  });

  it('requires both parts', () => {
    expect(issuesOf({}).map((i) => i.path)).toEqual(['candidates', 'policy']);
  });
});
