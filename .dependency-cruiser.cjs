/**
 * Import boundaries, checked by `npm run lint:boundaries` (part of `npm test`). Each rule says why
 * in its comment; a violation fails the test command.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle, type-only ones included, means two modules cannot be read, tested or moved apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'migrations-are-frozen',
      severity: 'error',
      comment:
        'A migration is history: it may import TypeORM’s types and the versioned SQL of ' +
        '@talents/common/migrations, never live code (entities, vocabularies, helpers).',
      from: { path: '^services/[^/]+/src/migrations/' },
      to: {
        pathNot: [
          '^services/common/src/migrations/',
          '^node_modules/@talents/common/src/migrations/',
          '^node_modules/typeorm/',
        ],
      },
    },
    {
      name: 'history-is-frozen',
      severity: 'error',
      comment: 'The versioned SQL that migrations share imports nothing of the project either.',
      from: { path: '^services/common/src/migrations/' },
      to: {
        pathNot: [
          '^services/common/src/migrations/',
          '^node_modules/@talents/common/src/migrations/',
          '^node_modules/typeorm/',
        ],
      },
    },
    {
      name: 'no-demo-at-run-time',
      severity: 'error',
      comment:
        'Subgraphs and the gateway run in production without the demo data set: only the hub’s ' +
        'development start and the tests load @talents/demo (types may be shared).',
      from: { path: '^(services/(common|profiles|missions|approvals)|gateway)/src/' },
      to: { path: '^(services/demo/|node_modules/@talents/demo/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'gateway-without-database',
      severity: 'error',
      comment:
        'The gateway loads no ORM, schema builder or job queue: it shares with the subgraphs only ' +
        '@talents/platform (which the next rule keeps free of them) and reaches its own schema with pg.',
      from: { path: '^gateway/src/' },
      to: {
        path: '^node_modules/(typeorm|type-graphql|pg-boss|class-validator|@talents/(common|profiles|missions|approvals|demo))/',
      },
    },
    {
      name: 'platform-without-database',
      severity: 'error',
      comment:
        '@talents/platform is what the gateway and the subgraphs share: no database half, and no ' +
        'other workspace (so that the rule above also holds through it).',
      from: { path: '^services/platform/src/' },
      to: { path: '^node_modules/(typeorm|type-graphql|pg-boss|class-validator|pg|@talents/)' },
    },
    {
      name: 'declared-dependencies',
      severity: 'error',
      comment: 'Every workspace declares in its own package.json what its code imports.',
      from: { path: '^(services/[^/]+|gateway|hub|client)/src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'] },
    },
    {
      name: 'dev-dependencies-stay-out-of-run-time-code',
      severity: 'error',
      comment: 'What runs in production needs its packages among the dependencies, not devDependencies.',
      from: { path: '^(services/[^/]+|gateway|hub)/src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '^\\.data/', '^coverage/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    preserveSymlinks: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
