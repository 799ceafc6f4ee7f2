export * from './match';
export * from './required-skill';
