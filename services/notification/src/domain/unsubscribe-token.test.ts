import { describe, expect, it } from 'vitest';
import { createUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const secret = 's'.repeat(40);

describe('unsubscribe token', () => {
  it('names the recipient it was signed for', () => {
    expect(verifyUnsubscribeToken(secret, createUnsubscribeToken(secret, 'inn-1'))).toBe('inn-1');
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyUnsubscribeToken(secret, createUnsubscribeToken('o'.repeat(40), 'inn-1'))).toBeUndefined();
  });

  it('refuses a token whose recipient was swapped', () => {
    const [v, p, , sig] = createUnsubscribeToken(secret, 'inn-1').split('.');
    const swapped = [v, p, Buffer.from('inn-2').toString('base64url'), sig].join('.');
    expect(verifyUnsubscribeToken(secret, swapped)).toBeUndefined();
  });

  it('refuses another purpose, garbage and a bearer JWT', () => {
    const token = createUnsubscribeToken(secret, 'inn-1');
    expect(verifyUnsubscribeToken(secret, token.replace('.unsubscribe.', '.login.'))).toBeUndefined();
    expect(verifyUnsubscribeToken(secret, 'not-a-token')).toBeUndefined();
    expect(verifyUnsubscribeToken(secret, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln')).toBeUndefined();
    expect(verifyUnsubscribeToken(secret, `${token}x`)).toBeUndefined();
  });
});
