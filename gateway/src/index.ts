export * from './gateway';
export * from './supergraph';
export * from './auth';
