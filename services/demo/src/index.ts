export * from './types';
export { generateDemoData } from './generate';
