export * from './routes';
export * from './bus';
