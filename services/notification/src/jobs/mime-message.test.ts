import { describe, expect, it } from 'vitest';
import { createMimeBuilder, type MimeMail } from './mime-message';

const mail: MimeMail = {
  messageId: '<abc@social-match.local>',
  to: 'person@example.org',
  subject: 'Nya utmaningar för dig',
  text: 'Hej Åsa\n.punkt\n',
  html: '<a href="https://x.example/?a=1">länk</a>',
  headers: { 'List-Unsubscribe': '<https://x.example/u?token=t>', 'Content-Language': 'sv' },
};

describe('createMimeBuilder', () => {
  it('builds headers and quoted-printable text and HTML parts with CRLF line ends', async () => {
    const raw = (await createMimeBuilder('Social Match <no-reply@social-match.local>')(mail)).toString();
    const [head = ''] = raw.split('\r\n\r\n', 2);
    expect(head).toContain('From: Social Match <no-reply@social-match.local>\r\nTo: person@example.org\r\n');
    expect(head).toContain('Subject: Nya utmaningar =?UTF-8?Q?f=C3=B6r?= dig\r\n');
    expect(head).toContain('Message-ID: <abc@social-match.local>\r\n');
    expect(head).toContain('List-Unsubscribe: <https://x.example/u?token=t>\r\n');
    const boundary = /boundary="([^"]+)"/.exec(head)?.[1];
    expect(boundary).toMatch(/=_/);
    expect(raw).toContain('Hej =C3=85sa\r\n.punkt\r\n');
    expect(raw).toContain('<a href=3D"https://x.example/?a=3D1">l=C3=A4nk</a>');
    expect(raw.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps header values on their own lines and encodes a non-ASCII sender name', async () => {
    const build = createMimeBuilder('Sociala Möten <no-reply@example.org>');
    const raw = (await build({ ...mail, subject: 'a\r\nBcc: x@example.org' })).toString();
    expect(raw).toContain('From: Sociala =?UTF-8?Q?M=C3=B6ten?= <no-reply@example.org>\r\n');
    expect(raw).toContain('Subject: a Bcc: x@example.org\r\n');
    expect(raw).not.toMatch(/^Bcc:/m);
  });

  it('leaves addresses beyond plain ASCII to nodemailer', async () => {
    const raw = (
      await createMimeBuilder('no-reply@example.org')({ ...mail, to: 'åsa@exempel.se' })
    ).toString();
    expect(raw).toMatch(/^To: /m);
    expect(raw).toContain('Message-ID: <abc@social-match.local>');
  });
});
