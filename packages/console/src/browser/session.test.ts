import { describe, expect, it } from 'vitest';
import { inspectToken, isExpired } from './session';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const header = part({ alg: 'HS256' });

describe('inspectToken', () => {
  it('reads the claims of a well-formed token without checking its signature', () => {
    const token = `${header}.${part({ role: 'need_owner', org: 'org-1', exp: 2_000_000_000 })}.sig`;
    expect(inspectToken(token)).toEqual({ claims: { role: 'need_owner', org: 'org-1', exp: 2_000_000_000 } });
  });

  it('reads claims with letters outside ASCII (UTF-8 in base64url)', () => {
    const token = `${header}.${part({ role: 'admin', sub: 'Åsa Öberg' })}.sig`;
    expect(inspectToken(token)).toEqual({ claims: { role: 'admin', org: undefined, exp: undefined } });
  });

  it('says a text without three non-empty parts is no token', () => {
    for (const text of ['abc', 'abc.def', 'a.b.c.d', `${header}..sig`, '']) {
      expect(inspectToken(text), text).toEqual({ problem: 'tokenParts' });
    }
  });

  it('says three parts that are not base64url JSON cannot be read', () => {
    expect(inspectToken('abc.def.ghi')).toEqual({ problem: 'tokenPayload' });
    expect(inspectToken(`${header}.${Buffer.from('not json').toString('base64url')}.sig`)).toEqual({
      problem: 'tokenPayload',
    });
    expect(inspectToken(`${header}.e30+.sig`)).toEqual({ problem: 'tokenPayload' });
    expect(inspectToken(`abc.${part({ role: 'admin' })}.sig`)).toEqual({ problem: 'tokenPayload' });
  });

  it('says a readable token without a role is of no use to the console', () => {
    expect(inspectToken(`${header}.${part({ sub: 'x' })}.sig`)).toEqual({ problem: 'tokenNoRole' });
    expect(inspectToken(`${header}.${part([1, 2])}.sig`)).toEqual({ problem: 'tokenNoRole' });
  });
});

describe('isExpired', () => {
  it('compares exp (seconds) with now; no exp never expires', () => {
    expect(isExpired({ role: 'admin', exp: Math.floor(Date.now() / 1000) - 1 })).toBe(true);
    expect(isExpired({ role: 'admin', exp: Math.floor(Date.now() / 1000) + 60 })).toBe(false);
    expect(isExpired({ role: 'admin' })).toBe(false);
  });
});
