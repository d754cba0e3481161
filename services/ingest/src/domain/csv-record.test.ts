import { describe, expect, it } from 'vitest';
import { csvRecordReader } from './csv-record';

const read = (kind: Parameters<typeof csvRecordReader>[0], header: string[], cells: string[]) =>
  csvRecordReader(kind, header)(cells);

describe('csvRecordReader', () => {
  it('splits lists on semicolons and reads goals as numbers', () => {
    expect(read('ideas', ['sdgs', 'sdgTargets'], ['3; 5;', '5.5;16.b'])).toEqual({
      sdgs: [3, 5],
      sdgTargets: ['5.5', '16.b'],
    });
  });

  it('nests dotted columns and reads yes/no/1/0/true/false as booleans', () => {
    const header = ['consents.matching', 'consents.emailRecommendations'];
    expect(read('innovators', header, ['yes', '0'])).toEqual({
      consents: { matching: true, emailRecommendations: false },
    });
    expect(read('innovators', header, ['TRUE', 'no'])).toEqual({
      consents: { matching: true, emailRecommendations: false },
    });
  });

  it('treats an empty cell as an absent field', () => {
    expect(read('innovators', ['id', 'region', 'sdgs'], ['i-1', '', ''])).toEqual({ id: 'i-1' });
  });

  it('leaves what it cannot convert for the schema to report', () => {
    expect(read('challenges', ['sdgs', 'balancePolicy', 'balancePolicy.k'], ['3;x', '{oops', 'ten'])).toEqual(
      { sdgs: [3, 'x'], balancePolicy: { k: 'ten' } },
    );
    expect(read('innovators', ['consents.matching'], ['maybe'])).toEqual({ consents: { matching: 'maybe' } });
    expect(read('challenges', ['balancePolicy'], ['{oops'])).toEqual({ balancePolicy: '{oops' });
  });

  it('parses a balance policy given as JSON', () => {
    expect(read('challenges', ['balancePolicy'], ['{"mode":"strict"}'])).toEqual({
      balancePolicy: { mode: 'strict' },
    });
  });

  it('reads the number fields the schema has, nested dotted ones included', () => {
    const header = [
      'balancePolicy.k',
      'balancePolicy.mode',
      'balancePolicy.groups.woman.min',
      'balancePolicy.groups.man.max',
      'title',
    ];
    expect(read('challenges', header, ['10', 'strict', '0.4', ' .6 ', '2030'])).toEqual({
      balancePolicy: { k: 10, mode: 'strict', groups: { woman: { min: 0.4 }, man: { max: 0.6 } } },
      // Text stays text, even when it looks like a number.
      title: '2030',
    });
  });

  it('leaves cells of columns the schema does not know as text, for the schema to refuse', () => {
    expect(read('challenges', ['balancePolicy.groups.robot.min', 'colour'], ['0.5', '3'])).toEqual({
      balancePolicy: { groups: { robot: { min: '0.5' } } },
      colour: '3',
    });
  });
});
