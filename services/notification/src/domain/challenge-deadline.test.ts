import { describe, expect, it } from 'vitest';
import { deadlineText } from './challenge-deadline';

const stockholm = { now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/Stockholm' };

describe('deadlineText', () => {
  it('names the day that ends at a deadline at midnight in Stockholm', () => {
    // 23:00 UTC in winter is 00:00 on the 15th in Stockholm (UTC+1): the 14th is the last day.
    const midnight = new Date('2027-01-14T23:00:00Z');
    expect(deadlineText('sv', midnight, stockholm)).toBe('Sista dag: 14 januari 2027');
    expect(deadlineText('en', midnight, stockholm)).toBe('Deadline: 14 January 2027');
  });

  it('writes date and time, in Stockholm time (summer too), when it is not midnight there', () => {
    const summerAfternoon = new Date('2027-06-30T15:00:00Z');
    expect(deadlineText('sv', summerAfternoon, stockholm)).toBe('Sista dag: 30 juni 2027 kl. 17:00');
    expect(deadlineText('en', summerAfternoon, stockholm)).toBe('Deadline: 30 June 2027 at 17:00');
    // Midnight UTC is 01:00 in Stockholm: not a date-only deadline.
    expect(deadlineText('en', new Date('2027-01-15T00:00:00Z'), stockholm)).toBe(
      'Deadline: 15 January 2027 at 01:00',
    );
  });

  it('follows the time zone it is given', () => {
    const utcMidnight = new Date('2027-01-15T00:00:00Z');
    expect(deadlineText('en', utcMidnight, { ...stockholm, timeZone: 'UTC' })).toBe(
      'Deadline: 14 January 2027',
    );
  });

  it('says plainly that the deadline has passed, from its very moment on', () => {
    const deadline = new Date('2026-11-30T23:00:00Z');
    expect(deadlineText('sv', deadline, stockholm)).toBe('Sista dag har passerat');
    expect(deadlineText('en', deadline, stockholm)).toBe('The deadline has passed');
    expect(deadlineText('en', deadline, { ...stockholm, now: deadline })).toBe('The deadline has passed');
    const aSecondBefore = { ...stockholm, now: new Date(deadline.getTime() - 1_000) };
    expect(deadlineText('en', deadline, aSecondBefore)).toBe('Deadline: 30 November 2026');
  });
});
