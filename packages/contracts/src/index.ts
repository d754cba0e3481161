export * from './common';
export * from './entities';
export * from './events';
export * from './notifications';
export * from './queue-catalog';
export * from './queue-client';
