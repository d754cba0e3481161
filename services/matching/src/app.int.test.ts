import { describeHttpConformance, startServiceForTest, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadMatchingConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`matching on ${driver}`, {
    start: startServiceForTest(driver, { loadConfig: loadMatchingConfig, createDeps, createApp }),
    bodyLimitBytes: 16 * 1024,
  });
}
