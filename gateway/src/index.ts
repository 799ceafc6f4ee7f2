export * from './gateway';
export * from './supergraph';
export * from './edge';
export * from './auth';
export { CreateApiClientOperations1754000000000 } from './persisted/registered-operations';
export { setOutboxSource, type OutboxMessage, type OutboxSource } from './outbox';
