import { describeHttpConformance, startServiceForTest, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadNotificationConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`notification on ${driver}`, {
    start: startServiceForTest(driver, { loadConfig: loadNotificationConfig, createDeps, createApp }),
    // Preferences are the innovator's own (bound by the token): someone never heard of has none.
    missingResource: {
      method: 'get',
      path: '/v1/preferences',
      role: 'innovator',
      innovatorId: 'inn-never-seen',
    },
    // Nobody but the innovator reads them with a bearer token; a need owner is refused.
    foreignResource: { method: 'get', path: '/v1/preferences', role: 'need_owner' },
    bodyLimitBytes: 16 * 1024,
  });
}
