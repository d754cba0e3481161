import nodemailer from 'nodemailer';
import { describe, expect } from 'vitest';
import { test } from './fixtures';
import { openTestRedis } from './redis';

describe('SMTP sink fixture', () => {
  test('receives and parses a real message with HTML, text and headers', async ({ smtpSink }) => {
    const transport = nodemailer.createTransport({ host: smtpSink.host, port: smtpSink.port, secure: false });
    await transport.sendMail({
      from: 'suite@example.org',
      to: 'alva@example.org',
      subject: 'Nya utmaningar för dig',
      text: 'Hej Alva',
      html: '<p>Hej Alva</p>',
      headers: { 'List-Unsubscribe': '<https://example.org/u/1>' },
    });
    const [mail] = await smtpSink.waitFor(1);
    expect(mail?.subject).toBe('Nya utmaningar för dig');
    expect(mail?.text?.trim()).toBe('Hej Alva');
    expect(mail?.html).toContain('<p>Hej Alva</p>');
    expect(mail?.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toContain('example.org/u/1');
    transport.close();
  });

  test('gives each test its own Redis prefix', async ({ testRedis }) => {
    const other = await openTestRedis();
    try {
      expect(other.prefix).not.toBe(testRedis.prefix);
      await testRedis.redis.set(`${testRedis.prefix}:probe`, 'mine');
      expect(await other.redis.get(`${other.prefix}:probe`)).toBeNull();
      await other.cleanup();
      expect(await testRedis.redis.get(`${testRedis.prefix}:probe`)).toBe('mine');
    } finally {
      other.redis.disconnect();
    }
  });
});
