import { ConfigError, developmentJwtSecret } from '@suite/platform';
import { describe, expect, it } from 'vitest';
import { developmentUnsubscribeSecret, loadNotificationConfig } from './config';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db.internal/suite',
  JWT_SECRET: 'j'.repeat(40),
  SMTP_URL: 'smtp://mail.internal:25',
  PUBLIC_URL: 'https://suite.example.org',
  UNSUBSCRIBE_SECRET: 'u'.repeat(40),
};

const issuesOf = (env: Record<string, string>) => {
  try {
    loadNotificationConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.issues.map((i) => i.path);
    throw err;
  }
  return [];
};

describe('loadNotificationConfig', () => {
  it('defaults to a local SMTP sink, 08:00 Stockholm time and a local public URL', () => {
    const config = loadNotificationConfig({});
    expect(config.SMTP_URL).toBe('smtp://127.0.0.1:1025');
    expect(config.DIGEST_TIME).toBe('08:00');
    expect(config.TIMEZONE).toBe('Europe/Stockholm');
    expect(config.PUBLIC_URL).toBe('http://localhost:3003');
    expect(config.UNSUBSCRIBE_SECRET).toBe(developmentUnsubscribeSecret);
  });

  it('takes the settings from the environment and trims a trailing slash off PUBLIC_URL', () => {
    const config = loadNotificationConfig({
      SMTP_URL: 'smtps://user:pw@mail.example.org:465',
      PUBLIC_URL: 'https://suite.example.org/',
      DIGEST_TIME: '07:30',
      TIMEZONE: 'Europe/London',
    });
    expect(config.SMTP_URL).toBe('smtps://user:pw@mail.example.org:465');
    expect(config.PUBLIC_URL).toBe('https://suite.example.org');
    expect(config.DIGEST_TIME).toBe('07:30');
  });

  it('refuses a malformed digest time, an unknown time zone and a non-SMTP URL', () => {
    expect(issuesOf({ DIGEST_TIME: '8am' })).toEqual(['DIGEST_TIME']);
    expect(issuesOf({ DIGEST_TIME: '24:00' })).toEqual(['DIGEST_TIME']);
    expect(issuesOf({ TIMEZONE: 'Europe/Atlantis' })).toEqual(['TIMEZONE']);
    expect(issuesOf({ SMTP_URL: 'http://mail.example.org' })).toEqual(['SMTP_URL']);
    expect(issuesOf({ UNSUBSCRIBE_SECRET: 'short' })).toEqual(['UNSUBSCRIBE_SECRET']);
  });

  it('starts in production with a mail server and real secrets', () => {
    expect(issuesOf(production)).toEqual([]);
  });

  it('refuses production without SMTP_URL or with the development unsubscribe secret', () => {
    const { SMTP_URL: _, ...withoutSmtp } = production;
    expect(issuesOf(withoutSmtp)).toEqual(['SMTP_URL']);
    expect(issuesOf({ ...production, UNSUBSCRIBE_SECRET: developmentUnsubscribeSecret })).toEqual([
      'UNSUBSCRIBE_SECRET',
    ]);
    expect(issuesOf({ ...production, JWT_SECRET: developmentJwtSecret })).toContain('JWT_SECRET');
    expect(issuesOf({ ...production, PUBLIC_URL: 'http://suite.example.org' })).toEqual(['PUBLIC_URL']);
  });

  it('takes a challenge page template with {id}, and refuses one without', () => {
    const template = 'https://app.example.org/{locale}/challenges/{id}';
    expect(loadNotificationConfig({ PUBLIC_CHALLENGE_URL: template }).PUBLIC_CHALLENGE_URL).toBe(template);
    expect(loadNotificationConfig({}).PUBLIC_CHALLENGE_URL).toBeUndefined();
    expect(issuesOf({ PUBLIC_CHALLENGE_URL: 'https://app.example.org/challenges' })).toEqual([
      'PUBLIC_CHALLENGE_URL',
    ]);
  });

  it('takes an optional http(s) URL to submit ideas at, and refuses any other', () => {
    expect(loadNotificationConfig({}).PUBLIC_SUBMIT_URL).toBeUndefined();
    const url = 'https://programme.example.org/ideas/new?challenge={id}';
    expect(loadNotificationConfig({ PUBLIC_SUBMIT_URL: url }).PUBLIC_SUBMIT_URL).toBe(url);
    expect(issuesOf({ PUBLIC_SUBMIT_URL: 'javascript:alert(1)' })).toEqual(['PUBLIC_SUBMIT_URL']);
    expect(issuesOf({ PUBLIC_SUBMIT_URL: 'not a url' })).toEqual(['PUBLIC_SUBMIT_URL']);
  });

  it("takes the console's base URL without a trailing slash, and refuses one that is not http(s)", () => {
    expect(loadNotificationConfig({}).CONSOLE_URL).toBe('http://localhost:3002');
    expect(loadNotificationConfig({ CONSOLE_URL: 'https://console.example.org/' }).CONSOLE_URL).toBe(
      'https://console.example.org',
    );
    expect(issuesOf({ CONSOLE_URL: 'ftp://console.example.org' })).toEqual(['CONSOLE_URL']);
  });
});
