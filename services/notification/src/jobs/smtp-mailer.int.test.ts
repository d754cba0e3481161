import { type SmtpSink, startSmtpSink } from '@suite/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpMailer, type Mailer } from './smtp-mailer';

const mail = (n: number) => ({
  messageId: `<idle-${n}@test.local>`,
  to: `person${n}@example.org`,
  subject: `Message ${n}`,
  html: `<p>Message ${n}</p>`,
  text: `Message ${n}`,
  headers: {},
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SMTP mailer pool', () => {
  let sink: SmtpSink | undefined;
  let mailer: Mailer | undefined;
  afterEach(async () => {
    mailer?.close();
    await sink?.close();
  });

  it('keeps sending after the server closes its idle connections', async () => {
    // A server that drops clients after 150 ms without a command, as mail servers drop idle ones:
    // every pooled connection is gone between the rounds, and each round must open new ones.
    sink = await startSmtpSink({ idleTimeoutMs: 150 });
    const smtp = createSmtpMailer({
      url: `smtp://${sink.host}:${sink.port}`,
      from: 'Suite <noreply@test.local>',
      poolSize: 2,
    });
    mailer = smtp;
    let accepted = 0;
    for (let round = 0; round < 4; round++) {
      await Promise.all(
        [0, 1, 2].map((i) =>
          smtp.send(mail(round * 3 + i), async () => {
            accepted++;
          }),
        ),
      );
      await pause(400);
    }
    expect(accepted).toBe(12);
    await sink.waitFor(12);
  }, 20_000);
});
