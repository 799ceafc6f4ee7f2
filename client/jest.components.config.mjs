/**
 * The dashboard's component tests (React Testing Library in jsdom, each with an axe-core check):
 * `client/src/**\/*.test.tsx`, run by `npm test` after the main suites. Apart from the root config
 * because they need a DOM, JSX and the client's own React 19 (the root's node_modules holds React 18
 * for other packages: every `react` import is pinned to the client's copy, as Vite's dedupe does).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const client = path.dirname(fileURLToPath(import.meta.url));
const own = (name) => path.join(client, 'node_modules', name);

export default {
  rootDir: client,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // react-dsfr ships ES modules only: swc turns it into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(@codegouvfr/react-dsfr|tss-react)/)'],
  moduleNameMapper: {
    '\\.css$': path.join(client, 'test/support/style-stub.cjs'),
    '^react$': own('react'),
    '^react/(.*)$': `${own('react')}/$1`,
    '^react-dom$': own('react-dom'),
    '^react-dom/(.*)$': `${own('react-dom')}/$1`,
  },
};
