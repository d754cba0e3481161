import { describeHttpConformance, startServiceForTest, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadNotificationConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`notification on ${driver}`, {
    start: startServiceForTest(driver, { loadConfig: loadNotificationConfig, createDeps, createApp }),
    bodyLimitBytes: 16 * 1024,
  });
}
