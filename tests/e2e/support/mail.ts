import type { SmtpSink } from '@suite/testing';

/** A message as the SMTP sink parsed it. */
export type ParsedMail = SmtpSink['messages'][number];
type AddressObject = Exclude<ParsedMail['to'], undefined | unknown[]>;

/** A header as sent (raw line, folded lines joined), without its name; mailparser restructures some. */
export function headerOf(mail: ParsedMail | undefined, name: string): string | undefined {
  const line = mail?.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
}

/** The first recipient's address, lower case. */
export function recipientOf(mail: ParsedMail): string | undefined {
  const to = mail.to as AddressObject | AddressObject[] | undefined;
  const first = Array.isArray(to) ? to[0] : to;
  return first?.value[0]?.address?.toLowerCase();
}
