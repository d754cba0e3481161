import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { encodeWords, foldLines } from 'nodemailer/lib/mime-funcs';
import { encode as quotedPrintable, wrap as wrapQuotedPrintable } from 'nodemailer/lib/qp';

export interface MimeMail {
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

const printableAscii = /^[\x20-\x7e]*$/;
/** A plain ASCII address without quoting, comments or an internationalised domain. */
const simpleAddress = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$/;
const headerName = /^[!-9;-~]+$/;

const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ');
const headerLine = (name: string, value: string) =>
  foldLines(`${name}: ${printableAscii.test(value) ? value : encodeWords(value, 'Q', 52)}`, 76);
const bodyPart = (contentType: string, content: string) =>
  `Content-Type: ${contentType}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n` +
  wrapQuotedPrintable(quotedPrintable(content.replace(/\r?\n/g, '\r\n')), 76);

/** "Name <address>" with the name encoded (or quoted) as a header needs it; undefined if not that simple. */
function fromHeaderValue(from: string): string | undefined {
  const match = /^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>\s]+)>\s*$/.exec(from) ?? /^\s*()([^<>\s]+)\s*$/.exec(from);
  const [, name = '', address = ''] = match ?? [];
  if (!simpleAddress.test(address)) return undefined;
  if (!name) return address;
  if (!printableAscii.test(name)) return `${encodeWords(name, 'Q', 52)} <${address}>`;
  return /^[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+$/.test(name)
    ? `${name} <${address}>`
    : `"${name.replace(/["\\]/g, '\\$&')}" <${address}>`;
}

/**
 * Builds the raw message (multipart/alternative, text and HTML in quoted-printable) as one string
 * concatenation instead of nodemailer's MailComposer, whose node tree, streams and abort signals cost
 * more CPU per email than rendering it. Anything beyond plain ASCII addresses (quoted local parts,
 * internationalised domains) still goes through MailComposer, which knows those rules.
 */
export function createMimeBuilder(from: string): (mail: MimeMail) => Promise<Buffer> {
  const fromValue = fromHeaderValue(from);
  const fromLine = fromValue === undefined ? undefined : headerLine('From', fromValue);
  // Quoted-printable output never contains "=_", so a boundary with it cannot occur in a part.
  const boundaryBase = `=_notification_${randomBytes(8).toString('hex')}_`;
  let count = 0;
  return async (mail) => {
    if (fromLine === undefined || !simpleAddress.test(mail.to)) return composeWithNodemailer(from, mail);
    const boundary = `${boundaryBase}${(count++).toString(36)}`;
    const lines: string[] = [];
    for (const [name, value] of Object.entries(mail.headers)) {
      if (!headerName.test(name)) throw new Error(`invalid mail header name: ${name}`);
      lines.push(headerLine(name, oneLine(value)));
    }
    lines.push(
      fromLine,
      `To: ${mail.to}`,
      headerLine('Subject', oneLine(mail.subject)),
      `Message-ID: ${oneLine(mail.messageId)}`,
      `Date: ${new Date().toUTCString().replace(/GMT/, '+0000')}`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      bodyPart('text/plain', mail.text),
      `--${boundary}`,
      bodyPart('text/html', mail.html),
      `--${boundary}--`,
      '',
    );
    return Buffer.from(lines.join('\r\n'));
  };
}

function composeWithNodemailer(from: string, mail: MimeMail): Promise<Buffer> {
  return new MailComposer({
    from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    headers: mail.headers,
    messageId: mail.messageId,
  })
    .compile()
    .build();
}
