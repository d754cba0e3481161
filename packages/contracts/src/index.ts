// Browser-safe: zod schemas and types only. Queue clients (BullMQ) live behind '@suite/contracts/queues'.
export * from './common';
export * from './entities';
export * from './events';
export * from './ingest-api';
export * from './matching-api';
export * from './notifications';
export * from './queue-catalog';
export * from './sdg-goal-names';
export * from './sdg-targets';
export * from './tuning-api';
