import { describe, expect, it } from 'vitest';
import { digestCronPattern } from './digest-schedule';
import { classifySmtpFailure } from './smtp-failure';

describe('classifySmtpFailure', () => {
  it('treats a 5xx reply as permanent and keeps the server reason', () => {
    const failure = classifySmtpFailure(
      Object.assign(new Error("Can't send mail"), {
        code: 'EENVELOPE',
        responseCode: 550,
        response: '550 5.1.1 mailbox unavailable',
      }),
    );
    expect(failure).toEqual({ permanent: true, smtpCode: 550, reason: '550 5.1.1 mailbox unavailable' });
  });

  it('retries 4xx replies and refused connections', () => {
    expect(
      classifySmtpFailure(Object.assign(new Error('busy'), { responseCode: 451, response: '451 try later' }))
        .permanent,
    ).toBe(false);
    const refused = classifySmtpFailure(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ESOCKET' }),
    );
    expect(refused.permanent).toBe(false);
    expect(refused.reason).toContain('ECONNREFUSED');
  });
});

describe('digestCronPattern', () => {
  it('runs daily at the digest time and weekly on Mondays', () => {
    expect(digestCronPattern('daily', '08:00')).toBe('0 8 * * *');
    expect(digestCronPattern('weekly', '07:30')).toBe('30 7 * * 1');
  });
});
