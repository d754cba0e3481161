// Node-only entry: BullMQ producers and consumers typed by the catalogs.
export * from './queue-client';
