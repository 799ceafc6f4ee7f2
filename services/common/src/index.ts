import 'reflect-metadata';

export * from './context';
export * from './database';
export * from './errors';
export * from './federation';
export * from './ids';
export * from './loaders';
export * from './logger';
export * from './pagination';
export * from './server';
export * from './subgraph';
export * from './vocabulary';
export * from './validation';
export * from './process';
export * from './graphql-messages';
export * from './identity';
export * from './audit';
export * from './events';
