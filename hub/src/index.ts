export * from './contract';
export * from './embedded-postgres';
export * from './hub';
export * from './subgraphs';
export * from './scratch-database';
