import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

const capture = () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ service: 'test', level: 'info', destination }) };
};

describe('createLogger', () => {
  it('redacts names, emails and tokens in logged objects', () => {
    const { lines, logger } = capture();
    logger.info({ innovator: { name: 'Alva Ek', email: 'alva@example.org' }, token: 'eyJ.secret' }, 'stored');
    const out = lines.join('');
    expect(out).toContain('stored');
    expect(out).not.toContain('alva@example.org');
    expect(out).not.toContain('Alva Ek');
    expect(out).not.toContain('eyJ.secret');
  });

  it('redacts a top-level name and keeps the service label', () => {
    const { lines, logger } = capture();
    logger.info({ name: 'Alva Ek' }, 'hello');
    expect(lines.join('')).not.toContain('Alva Ek');
    expect(JSON.parse(lines[0] ?? '{}').service).toBe('test');
  });

  it('redacts the authorization header of a logged request', () => {
    const { lines, logger } = capture();
    logger.info({ req: { headers: { authorization: 'Bearer abc.def' } } }, 'request');
    expect(lines.join('')).not.toContain('abc.def');
  });
});
