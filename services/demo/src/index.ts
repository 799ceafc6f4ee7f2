export * from './types';
export { generateDemoData, DEFAULT_DEMO_SEED, type GenerateDemoDataOptions } from './generate';
export { demoEndorsements } from './endorsements';
