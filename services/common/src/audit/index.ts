export * from './audit.trail';
export * from './audit.types';
export * from './audit.resolver';
