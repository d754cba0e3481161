import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDataPresent } from '@suite/testing';
import { describe, expect, it } from 'vitest';
import { isSdgTargetId, sdgTargetIdListSchema, sdgTargetIdSchema, sdgTargetIds } from './sdg-targets';

describe('SDG targets', () => {
  it('lists the 169 targets of the 2030 Agenda, each once', () => {
    expect(sdgTargetIds).toHaveLength(169);
    expect(new Set(sdgTargetIds).size).toBe(169);
    expect(sdgTargetIds.slice(0, 7)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b']);
    expect(sdgTargetIds.at(-1)).toBe('17.19');
  });

  it('knows real targets, the lettered and the two-digit ones too', () => {
    for (const id of ['1.1', '1.b', '3.9', '3.d', '5.5', '8.10', '9.c', '13.b', '16.10', '16.b', '17.19']) {
      expect(isSdgTargetId(id), id).toBe(true);
      expect(sdgTargetIdSchema.safeParse(id).success, id).toBe(true);
    }
  });

  it('refuses codes that look like targets but are none, naming where the goal has them', () => {
    for (const id of ['3.99', '3.10', '3.e', '1.c', '1.z', '17.20', '17.a', '7.4']) {
      expect(isSdgTargetId(id), id).toBe(false);
    }
    const messages = (value: unknown) =>
      sdgTargetIdSchema.safeParse(value).error?.issues.map((i) => i.message);
    expect(messages('3.99')).toEqual(['no such SDG target: goal 3 has targets 3.1-3.9, 3.a-3.d']);
    expect(messages('1.z')).toEqual(['no such SDG target: goal 1 has targets 1.1-1.5, 1.a-1.b']);
    expect(messages('17.a')).toEqual(['no such SDG target: goal 17 has targets 17.1-17.19']);
    // Not even the form of a target: the form's one message, not a second one.
    expect(messages('18.1')).toEqual(['an SDG target code such as 5.5 or 16.b']);
    expect(messages('5.55x')).toEqual(['an SDG target code such as 5.5 or 16.b']);
  });

  it('reports each unknown target of a list at its index', () => {
    const res = sdgTargetIdListSchema.safeParse(['5.5', '3.99', '16.b', '1.z']);
    expect(res.error?.issues.map((i) => i.path.join('.'))).toEqual(['1', '3']);
  });
});

// The UN's own texts live outside the repository (../shared/data/sdg from the repo root).
const unTargets = resolve(import.meta.dirname, '../../../../shared/data/sdg/opensdg_en_global_targets.yml');

describe.skipIf(!sharedDataPresent(unTargets, 'the SDG target list check'))(
  'the list against the UN texts',
  () => {
    it('has exactly the targets the UN texts have (keys such as `5-5-title`)', () => {
      const ids = [...readFileSync(unTargets, 'utf8').matchAll(/^(\d+)-([0-9a-z]+)-title:/gm)].map(
        ([, goal, target]) => `${goal}.${target}`,
      );
      expect([...sdgTargetIds].sort()).toEqual(ids.sort());
    });
  },
);
