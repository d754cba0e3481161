import { describeHttpConformance, startServiceForTest, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadMatchingConfig } from './config';
import { createDeps, type MatchingDeps } from './deps';
import { challengeEvent, innovatorEvent } from './testing/events';

for (const driver of testDbDrivers) {
  let deps: MatchingDeps | undefined;
  const start = startServiceForTest(driver, { loadConfig: loadMatchingConfig, createDeps, createApp });
  describeHttpConformance(`matching on ${driver}`, {
    start: async () => {
      const started = await start();
      deps = started.deps;
      return started;
    },
    // Through the projector, as the matching-inbox consumer does.
    seed: async () => {
      await deps?.projector.challengeUpserted(
        challengeEvent(1, { id: 'c-conformance', organisationId: 'org-other' }),
      );
      await deps?.projector.innovatorUpserted(innovatorEvent(1, { id: 'inn-other' }));
    },
    missingResource: { method: 'get', path: '/v1/challenges/c-missing/shortlist', role: 'admin' },
    foreignResource: {
      method: 'get',
      path: '/v1/challenges/c-conformance/shortlist',
      role: 'need_owner',
      organisationId: 'org-conformance',
    },
    bodyLimitBytes: 16 * 1024,
  });
}
