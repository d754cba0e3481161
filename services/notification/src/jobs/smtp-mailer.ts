import { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { createMimeBuilder, type MimeMail } from './mime-message';
import { createSendGate } from './send-gate';

export interface Mailer {
  /**
   * Sends one message; `recordAccepted` runs as soon as the server accepted it, while no other
   * message of this mailer can be accepted (the send gate), and the send resolves after it.
   */
  send(mail: MimeMail, recordAccepted: () => Promise<void>): Promise<void>;
  close(): void;
}

type Connection = SMTPConnection & { _destroyed?: boolean; retired?: boolean };

/**
 * A pool of long-lived SMTP connections (nodemailer's SMTPConnection) that all carry messages at
 * once - envelope and body travel in parallel - while the end of each message goes through one gate:
 * a connection sends the body, then waits for the gate before the final "." that makes the server
 * accept it, and holds the gate until `recordAccepted` (the log write) is done. So "in flight" - accepted
 * by the server but not yet logged - is at most one message per process at any time, and a kill -9
 * repeats at most that one message (with the same Message-ID) when its job runs again.
 */
export function createSmtpMailer(opts: { url: string; from: string; poolSize: number }): Mailer {
  const url = new URL(opts.url);
  const secure = url.protocol === 'smtps:';
  const auth = url.username
    ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
    : undefined;
  const envelopeFrom = /<([^>]+)>/.exec(opts.from)?.[1] ?? opts.from;
  const gate = createSendGate();
  const buildMessage = createMimeBuilder(opts.from);
  const idle: Connection[] = [];
  const waiting: Array<(c: Connection | undefined) => void> = [];
  let open = 0;
  let closed = false;

  const connect = () =>
    new Promise<Connection>((resolve, reject) => {
      const connection: Connection = new SMTPConnection({
        host: url.hostname,
        port: url.port ? Number(url.port) : secure ? 465 : 587,
        secure,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      let ready = false;
      // Before the greeting an error (refused, timeout) fails the connect; later ones (an idle
      // connection the server drops) only take the connection out of the pool.
      connection.on('error', (err) => {
        if (!ready) reject(err);
        connection.close();
      });
      connection.on('end', () => {
        if (!ready) {
          reject(Object.assign(new Error('SMTP connection closed'), { code: 'ECONNECTION' }));
          return;
        }
        // An idle connection the server (or our socket timeout) closed: free its place in the pool.
        // One in use is retired by its send, which fails.
        const i = idle.indexOf(connection);
        if (i >= 0) {
          idle.splice(i, 1);
          retire(connection);
        }
      });
      const connected = () => {
        ready = true;
        resolve(connection);
      };
      connection.connect((err) => {
        if (err) return reject(err);
        if (!auth) return connected();
        connection.login(auth, (loginErr) => (loginErr ? reject(loginErr) : connected()));
      });
    });

  async function lease(): Promise<Connection> {
    for (;;) {
      if (closed) throw Object.assign(new Error('mailer closed'), { code: 'ECONNECTION' });
      const ready = idle.pop();
      if (ready && !ready._destroyed) return ready;
      if (ready) {
        retire(ready);
        continue;
      }
      if (open < opts.poolSize) {
        open++;
        try {
          return await connect();
        } catch (err) {
          open--;
          throw err;
        }
      }
      const handedOver = await new Promise<Connection | undefined>((resolve) => waiting.push(resolve));
      if (handedOver) return handedOver;
    }
  }
  /**
   * Takes a connection out of the pool for good, once however many ways it ends (its socket closing
   * while idle, a failed send): a place that is never freed would leave `lease` waiting forever once
   * every place is taken by a connection that no longer exists.
   */
  function retire(connection: Connection) {
    if (connection.retired) return;
    connection.retired = true;
    open--;
    connection.close();
    waiting.shift()?.(undefined); // a waiter may open a fresh connection instead
  }
  function giveBack(connection: Connection, usable: boolean) {
    if (!usable || closed || connection._destroyed || connection.retired) {
      retire(connection);
      return;
    }
    const next = waiting.shift();
    if (next) next(connection);
    else idle.push(connection);
  }

  return {
    async send(mail, recordAccepted) {
      if (closed) throw Object.assign(new Error('mailer closed'), { code: 'ECONNECTION' });
      // One buffer per message: the socket gets it in a few large writes instead of many small ones.
      const raw = await buildMessage(mail);
      const connection = await lease();
      let release: (() => void) | undefined;
      let settled = false;
      let bodyQueued = false;
      // Read only once the server said 354: the body goes out at once, the end waits for the gate.
      const body = new Readable({
        read() {
          if (!bodyQueued) {
            bodyQueued = true;
            this.push(raw);
            return;
          }
          if (release) return;
          void gate.acquire().then((done) => {
            if (settled) return done();
            release = done;
            this.push(null);
          });
        },
      });
      try {
        await new Promise<void>((resolve, reject) =>
          connection.send({ from: envelopeFrom, to: [mail.to] }, body, (err) =>
            err ? reject(err) : resolve(),
          ),
        );
      } catch (err) {
        settled = true;
        release?.();
        const e = err as { code?: string; responseCode?: number };
        const connectionFine = (e.code === 'EENVELOPE' || e.code === 'EMESSAGE') && e.responseCode !== 421;
        if (connectionFine && !connection._destroyed)
          connection.reset((resetErr) => giveBack(connection, !resetErr));
        else giveBack(connection, false);
        throw err;
      }
      giveBack(connection, true);
      try {
        await recordAccepted();
      } finally {
        settled = true;
        release?.();
      }
    },
    close() {
      closed = true;
      for (const connection of idle.splice(0)) connection.quit();
      for (const waiter of waiting.splice(0)) waiter(undefined);
    },
  };
}
