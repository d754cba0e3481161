import { notificationDigest } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { test } from '@suite/testing';
import { describe, expect } from 'vitest';
import { digestCronPattern } from '../domain/digest-schedule';
import { scheduleDigests } from './notification-digest.consumer';

const tz = 'Europe/Stockholm';
const localTime = (millis: number | undefined) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: tz,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(millis);

describe('digest schedules', () => {
  test('fire at DIGEST_TIME Stockholm time, daily and on Mondays', async ({ testRedis }) => {
    const producer = createProducer(notificationDigest, {
      connection: testRedis.redis,
      prefix: testRedis.prefix,
    });
    const next = await scheduleDigests(producer, { DIGEST_TIME: '08:00', TIMEZONE: tz });
    expect(localTime(next.daily)).toMatch(/08:00$/);
    expect(localTime(next.weekly)).toBe('mån 08:00');
    // Upserting again (every process start) keeps one schedule per frequency.
    await scheduleDigests(producer, { DIGEST_TIME: '07:30', TIMEZONE: tz });
    const counts = await producer.counts();
    expect(counts.delayed).toBe(2);
    await producer.close();
  });

  test('stay at 08:00 local time across both daylight saving changes', async ({ testRedis }) => {
    const producer = createProducer(notificationDigest, {
      connection: testRedis.redis,
      prefix: testRedis.prefix,
    });
    const nextAfter = async (id: string, pattern: string, startDate: Date) =>
      new Date(
        (await producer.upsertJobScheduler(
          id,
          { pattern, tz, startDate },
          { name: 'digest.due', data: { frequency: 'daily' } },
        )) ?? 0,
      ).toISOString();
    // EU summer time runs from the last Sunday of March to the last Sunday of October (01:00 UTC).
    const year = new Date().getUTCFullYear() + 1;
    const lastSunday = (month: number) => {
      const day = new Date(Date.UTC(year, month + 1, 0));
      day.setUTCDate(day.getUTCDate() - day.getUTCDay());
      return day;
    };
    const at = (day: Date, offsetDays: number, utcHour: number) =>
      new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + offsetDays, utcHour));
    const spring = lastSunday(2);
    const autumn = lastSunday(9);
    const daily = digestCronPattern('daily', '08:00');
    // Winter: 08:00 is 07:00 UTC; summer: 06:00 UTC.
    expect(await nextAfter('spring-before', daily, at(spring, -1, 5))).toBe(at(spring, -1, 7).toISOString());
    expect(await nextAfter('spring-after', daily, at(spring, -1, 12))).toBe(at(spring, 0, 6).toISOString());
    expect(await nextAfter('autumn-before', daily, at(autumn, -1, 12))).toBe(at(autumn, 0, 7).toISOString());
    const weekly = digestCronPattern('weekly', '08:00');
    expect(await nextAfter('weekly', weekly, at(spring, -4, 12))).toBe(at(spring, 1, 6).toISOString());
    await producer.close();
  });
});
