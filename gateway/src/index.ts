export * from './gateway';
export * from './supergraph';
export * from './edge';
export * from './auth';
