export * from './idempotency-records-prune.ts';
export * from './in-flight.ts';
export * from './metrics.ts';
export * from './processed-messages-prune.ts';
export * from './retention-prune.ts';
export * from './run-worker.ts';
export * from './scheduled-job.ts';
