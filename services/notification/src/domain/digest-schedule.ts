/** Which digests run on a schedule, and when: every day, or Mondays, at DIGEST_TIME local time. */
export const scheduledDigests = ['daily', 'weekly'] as const;
export type ScheduledDigest = (typeof scheduledDigests)[number];

/** A five-field cron pattern for BullMQ's job scheduler; with its `tz` it follows daylight saving time. */
export function digestCronPattern(frequency: ScheduledDigest, digestTime: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(digestTime);
  if (!match) throw new Error(`digest time must be HH:MM, got ${digestTime}`);
  const [, hours, minutes] = match;
  const dayOfWeek = frequency === 'weekly' ? '1' : '*';
  return `${Number(minutes)} ${Number(hours)} * * ${dayOfWeek}`;
}
