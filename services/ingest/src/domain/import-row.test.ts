import { describe, expect, it } from 'vitest';
import { checkCsvHeader, checkImportRow, idFromExternalId, requiredColumns } from './import-row';

const idea = { id: 'idea-1', innovatorId: 'inn-1', title: 'Cykelkök', description: 'Mobila kök' };

describe('checkImportRow', () => {
  it('accepts a valid row and applies the same defaults as the single route', () => {
    const check = checkImportRow('ideas', idea);
    expect(check).toEqual({ ok: true, row: { ...idea, stage: 'idea', sdgs: [], sdgTargets: [] } });
  });

  it('reports every problem with its field path', () => {
    const check = checkImportRow('ideas', { ...idea, sdgs: [0, 18], sdgTargets: ['5.55x'], colour: 'red' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues.map((i) => i.path).sort()).toEqual(['(row)', 'sdgTargets.0', 'sdgs.0', 'sdgs.1']);
  });

  it('needs an id or an external id', () => {
    const { id: _id, ...withoutId } = idea;
    expect(checkImportRow('ideas', withoutId)).toEqual({
      ok: false,
      issues: [{ path: 'id', message: 'a row needs an id or an externalId' }],
    });
    expect(checkImportRow('ideas', { ...withoutId, externalId: 'openideo-7' }).ok).toBe(true);
  });

  it('refuses a row that is not an object', () => {
    expect(checkImportRow('ideas', [1, 2]).ok).toBe(false);
  });
});

describe('checkCsvHeader', () => {
  it('names the required columns of each kind', () => {
    expect(requiredColumns('ideas').sort()).toEqual(['description', 'innovatorId', 'title']);
    expect(requiredColumns('innovators').sort()).toEqual(['email', 'name']);
  });

  it('lists missing, unknown and duplicate columns', () => {
    expect(checkCsvHeader('ideas', ['id', 'title', 'title', 'colour', 'consents.matching'])).toEqual({
      missing: ['innovatorId', 'description'],
      unknown: ['colour', 'consents.matching'],
      duplicate: ['title'],
    });
  });

  it('accepts dotted columns of nested fields and an external id instead of an id', () => {
    const header = ['externalId', 'name', 'email', 'consents.matching', 'consents.emailRecommendations'];
    expect(checkCsvHeader('innovators', header)).toEqual({ missing: [], unknown: [], duplicate: [] });
  });
});

describe('idFromExternalId', () => {
  it('derives the same valid id from the same external id', () => {
    const id = idFromExternalId('ideas', 'OpenIDEO #42 / ä');
    expect(id).toBe(idFromExternalId('ideas', 'OpenIDEO #42 / ä'));
    expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(id).not.toBe(idFromExternalId('innovators', 'OpenIDEO #42 / ä'));
  });
});
