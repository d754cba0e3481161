// A local SMTP sink for the notification benchmark: it answers each message the moment its final
// "." arrives, as a mail relay that queues does, and reads only the two headers the benchmark counts
// (Message-ID and To). The test sink (smtp-server + mailparser) parses the whole message before it
// answers, which puts the sink's own parsing inside every send and so inside the measurement.
import { createServer, type Socket } from 'node:net';

interface SinkMessage {
  messageId: string | undefined;
  to: string[];
}

export interface BenchSink {
  host: string;
  port: number;
  messages: SinkMessage[];
  waitFor(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

const headerValue = (headers: string, name: string) =>
  new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headers)?.[1]?.trim();

/** The two headers, from the header block (folded lines unfolded). */
function readHeaders(raw: string): SinkMessage {
  const end = raw.indexOf('\r\n\r\n');
  const headers = (end >= 0 ? raw.slice(0, end) : raw).replace(/\r\n[ \t]+/g, ' ');
  const to = headerValue(headers, 'to') ?? '';
  return {
    messageId: headerValue(headers, 'message-id'),
    to: [...to.matchAll(/[^\s<>,"]+@[^\s<>,"]+/g)].map((m) => m[0].toLowerCase()),
  };
}

export async function startBenchSink(): Promise<BenchSink> {
  const messages: SinkMessage[] = [];
  const waiters: Array<() => void> = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined); // a worker killed -9 mid-session
    let buffer = '';
    let inData = false;
    socket.setEncoding('utf8');
    socket.write('220 bench-sink ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.startsWith('.\r\n') ? 0 : buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const raw = buffer.slice(0, end);
          buffer = buffer.slice(end === 0 ? 3 : end + 5);
          inData = false;
          messages.push(readHeaders(raw));
          socket.write('250 2.0.0 queued\r\n');
          for (const wake of waiters.splice(0)) wake();
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-bench-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 end with <CRLF>.<CRLF>\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n'); // HELO, MAIL, RCPT, RSET, NOOP
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    host: '127.0.0.1',
    port,
    messages,
    waitFor: (count, timeoutMs) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`expected ${count} messages, got ${messages.length}`)),
          timeoutMs,
        );
        const check = () => {
          if (messages.length >= count) {
            clearTimeout(deadline);
            resolve();
          } else waiters.push(check);
        };
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
