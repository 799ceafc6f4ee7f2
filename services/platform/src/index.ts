/*
 * What every process of the hub shares without a database: the gateway's side of the contract
 * (internal token, feed position, messages), logs, metrics, traces, health, process life and the
 * WebSocket server.
 * Nothing here may load TypeORM, type-graphql or pg-boss: the gateway depends on this package only.
 */
export * from './bounded-queue';
export * from './contract';
export * from './database-settings';
export * from './graphql-messages';
export * from './graphql-ws-server';
export * from './health';
export * from './internal-token';
export * from './logger';
export * from './process';
export * from './shutdown';
export * from './metrics';
export * from './tracing';
export * from './advisory-locks';
