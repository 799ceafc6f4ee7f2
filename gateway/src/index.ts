export * from './gateway';
export * from './supergraph';
export * from './edge';
export * from './auth';
export { setOutboxSource, type OutboxMessage, type OutboxSource } from './outbox';
