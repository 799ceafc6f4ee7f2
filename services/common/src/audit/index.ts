export * from './audit.trail';
export * from './audit.types';
export * from './audit.resolver';
export * from './audited-write';
