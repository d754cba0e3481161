import { describe, expect, it } from 'vitest';
import { csvRecordToObject } from './csv-record';

describe('csvRecordToObject', () => {
  it('splits lists on semicolons and reads goals as numbers', () => {
    expect(csvRecordToObject(['sdgs', 'sdgTargets'], ['3; 5;', '5.5;16.b'])).toEqual({
      sdgs: [3, 5],
      sdgTargets: ['5.5', '16.b'],
    });
  });

  it('nests dotted columns and reads yes/no/1/0/true/false as booleans', () => {
    const header = ['consents.matching', 'consents.emailRecommendations'];
    expect(csvRecordToObject(header, ['yes', '0'])).toEqual({
      consents: { matching: true, emailRecommendations: false },
    });
    expect(csvRecordToObject(header, ['TRUE', 'no'])).toEqual({
      consents: { matching: true, emailRecommendations: false },
    });
  });

  it('treats an empty cell as an absent field', () => {
    expect(csvRecordToObject(['id', 'region', 'sdgs'], ['i-1', '', ''])).toEqual({ id: 'i-1' });
  });

  it('leaves what it cannot convert for the schema to report', () => {
    expect(
      csvRecordToObject(['sdgs', 'consents.matching', 'balancePolicy'], ['3;x', 'maybe', '{oops']),
    ).toEqual({
      sdgs: [3, 'x'],
      consents: { matching: 'maybe' },
      balancePolicy: '{oops',
    });
  });

  it('parses a balance policy given as JSON', () => {
    expect(csvRecordToObject(['balancePolicy'], ['{"mode":"strict"}'])).toEqual({
      balancePolicy: { mode: 'strict' },
    });
  });
});
