export * from './match';
export * from './mission-contract';
