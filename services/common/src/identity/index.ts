export * from './viewer';
export * from './token';
export * from './auth-checker';
