export { childProcessEnv, testConfig } from './config';
export * from './database';
export * from './fixtures';
export * from './http-conformance';
export * from './redis';
export * from './service-env';
export * from './shared-data';
export * from './smtp-sink';
export * from './unique-name';
