import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  host: string;
  port: number;
  messages: ParsedMail[];
  /** Resolves once `count` messages have arrived, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** The messages so far with `address` among their To recipients. */
  mailsTo(address: string): ParsedMail[];
  /** Resolves with the messages to `address` once there are `count`, or rejects after `timeoutMs`. */
  waitForMailsTo(address: string, count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** A reason makes the server refuse that recipient with a permanent 550 (bad-address tests). */
  rejectRecipient?: (address: string) => string | undefined;
  /** Closes a connection after this long without a command, as real servers drop idle clients. */
  idleTimeoutMs?: number;
}

/** The To addresses of a parsed message. */
export const recipientsOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
    a.value.flatMap((v) => (v.address ? [v.address] : [])),
  );

/** A real SMTP server on a free local port that parses every message it receives. */
export async function startSmtpSink(opts: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    ...(opts.idleTimeoutMs === undefined ? {} : { socketTimeout: opts.idleTimeoutMs }),
    onRcptTo(address, _session, callback) {
      const reason = opts.rejectRecipient?.(address.address);
      if (!reason) return callback();
      callback(Object.assign(new Error(reason), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const wake of waiters.splice(0)) wake();
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  // A client that dies mid-session (a worker killed -9 in a crash test) must not take the sink down.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const mailsTo = (address: string) => messages.filter((m) => recipientsOf(m).includes(address));
  return {
    host: '127.0.0.1',
    port,
    messages,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`expected ${count} messages, got ${messages.length}`)),
          timeoutMs,
        );
        const check = () => {
          if (messages.length >= count) {
            clearTimeout(deadline);
            resolve(messages);
          } else waiters.push(check);
        };
        check();
      });
    },
    mailsTo,
    async waitForMailsTo(address, count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (mailsTo(address).length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} mails to ${address}, got ${mailsTo(address).length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return mailsTo(address);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
