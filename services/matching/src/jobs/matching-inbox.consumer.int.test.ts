import { Writable } from 'node:stream';
import { matchingInbox } from '@suite/contracts';
import { createLogger } from '@suite/platform';
import { serviceTestEnv, testDbDrivers } from '@suite/testing';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { loadMatchingConfig } from '../config';
import { createDeps } from '../deps';
import { ideaEvent, innovatorEvent } from '../testing/events';
import { startMatchingInboxConsumer } from './matching-inbox.consumer';

const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.each(testDbDrivers)('matching-inbox consumer on %s', (driver) => {
  it('drops an invalid payload as unrecoverable, logs its job id without content, and keeps flowing', async () => {
    const env = serviceTestEnv(driver, { LOG_LEVEL: 'info' });
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = loadMatchingConfig(env.env);
    const deps = await createDeps(config, {
      logger: createLogger({ service: 'matching', level: 'info', destination }),
    });
    const consumer = startMatchingInboxConsumer(deps);
    // A producer that skips validation, as a buggy or foreign publisher would.
    const raw = new Queue(matchingInbox.name, { connection: deps.redis, prefix: config.QUEUE_PREFIX });
    try {
      await raw.add(
        'idea.upserted',
        { idea: { id: 'broken', title: 'secret words' } },
        { jobId: 'bad-job-1', attempts: 5 },
      );
      await raw.add('innovator.upserted', innovatorEvent(1, { id: 'p-1' }), { jobId: 'good-job-1' });
      await raw.add('idea.upserted', ideaEvent(1, { id: 'i-1', innovatorId: 'p-1' }), {
        jobId: 'good-job-2',
      });
      await until(async () => deps.index.ideasOf('p-1').length === 1);
      await until(async () => (await raw.getJobState('bad-job-1')) === 'failed');
      const failed = await raw.getJob('bad-job-1');
      expect(failed?.attemptsMade).toBe(1);
      const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.jobId === 'bad-job-1');
      expect(logged).toMatchObject({ level: 50, name: 'idea.upserted' });
      expect(lines.join('\n')).not.toContain('secret words');
    } finally {
      await raw.close();
      await consumer.close();
      await deps.shutdown.shutdown('test over');
      await env.cleanup();
    }
  }, 180_000);
});
