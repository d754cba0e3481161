import { describe, expect, it } from 'vitest';
import { compareShortlists } from './shortlist-changes';

const list = (...ids: string[]) => ids.map((innovatorId, i) => ({ innovatorId, rank: i + 1 }));

describe('compareShortlists', () => {
  it('reports no change for the same list', () => {
    expect(compareShortlists(list('a', 'b'), list('a', 'b'))).toEqual({ entered: [], left: [], moved: [] });
  });

  it('lists who entered, who left and who moved from which rank to which', () => {
    const changes = compareShortlists(list('a', 'b', 'c', 'd'), list('c', 'a', 'e', 'd'));
    expect(changes).toEqual({
      entered: [{ innovatorId: 'e', rank: 3 }],
      left: [{ innovatorId: 'b', rank: 2 }],
      moved: [
        { innovatorId: 'c', from: 3, to: 1 },
        { innovatorId: 'a', from: 1, to: 2 },
      ],
    });
  });

  it('treats a list against an empty one as everyone entering', () => {
    expect(compareShortlists([], list('a', 'b')).entered).toEqual(list('a', 'b'));
    expect(compareShortlists(list('a'), []).left).toEqual(list('a'));
  });
});
