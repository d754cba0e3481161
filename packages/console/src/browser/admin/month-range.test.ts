import { describe, expect, it } from 'vitest';
import { defaultMonths, outcomesQuery } from './month-range';

describe('outcomesQuery', () => {
  it('sends whole months as the first and the last day', () => {
    expect(outcomesQuery('2026-01', '2026-03')).toEqual({ query: '?from=2026-01-01&to=2026-03-31' });
    expect(outcomesQuery('2024-02', '2024-02')).toEqual({ query: '?from=2024-02-01&to=2024-02-29' });
    expect(outcomesQuery('2025-02', '2025-02')).toEqual({ query: '?from=2025-02-01&to=2025-02-28' });
  });

  it('leaves out an empty end', () => {
    expect(outcomesQuery('', '2026-11')).toEqual({ query: '?to=2026-11-30' });
    expect(outcomesQuery(' 2026-11 ', '')).toEqual({ query: '?from=2026-11-01' });
    expect(outcomesQuery('', '')).toEqual({ query: '' });
  });

  it('names the field with a month it cannot read, and a period that ends before it starts', () => {
    expect(outcomesQuery('2026-13', '')).toEqual({ problem: 'monthInvalid', field: 'from' });
    expect(outcomesQuery('', 'mars')).toEqual({ problem: 'monthInvalid', field: 'to' });
    expect(outcomesQuery('2026-05', '2026-04')).toEqual({ problem: 'monthOrder', field: 'to' });
  });
});

describe('defaultMonths', () => {
  it('covers the twelve months up to this one', () => {
    expect(defaultMonths(new Date(2026, 11, 1))).toEqual({ from: '2026-01', to: '2026-12' });
    expect(defaultMonths(new Date(2026, 2, 15))).toEqual({ from: '2025-04', to: '2026-03' });
  });
});
