import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './identity/auth-checker';
import { TextArguments } from './validation';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/**
 * On a field: its value is the same for every viewer, anonymous visitors included, however it is
 * reached (`_entities` too). The gateway fetches such fields once per subscription event instead of
 * once per subscriber (docs/subscriptions.md); never put it on a field that a guard or a viewer
 * filter touches, nor on one whose entity resolution depends on the viewer.
 */
export const PUBLIC_FIELD = '@tag(name: "public")';

// Reference resolvers and resolver maps are untyped by nature: their parents are whatever the
// gateway sends in `_entities` representations.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = GraphQLResolverMap<any>;

/**
 * type-graphql insists on a PubSub as soon as a schema has a subscription, even when each one
 * brings its own `subscribe` (ours read the subgraph's feed, `feed/feed.ts`): this one refuses use.
 */
const NO_PUB_SUB: NonNullable<BuildSchemaOptions['pubSub']> = {
  publish() {
    throw new Error('Subscriptions read the feed table: publish through appendToFeed().');
  },
  subscribe() {
    throw new Error('Every subscription must declare its own `subscribe` (FeedHub.subscribe).');
  },
};

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it (what `schema/<name>.graphql` holds). */
  sdl: string;
}

/**
 * Builds a Federation 2 subgraph from type-graphql resolvers. type-graphql knows nothing of
 * federation, so its schema is printed with directives, prefixed with the `@link` import and
 * rebuilt by @apollo/subgraph; `__resolveReference` functions are merged in afterwards because
 * they live outside type-graphql (no middleware, no validation, no authChecker there).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    authChecker,
    // Text is text in every argument of every subgraph (validation.ts).
    globalMiddlewares: [TextArguments],
    pubSub: NO_PUB_SUB,
    ...options,
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const resolvers: Record<string, object> = { ...createResolversMap(typeGraphqlSchema) };
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...fields };
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as ReferenceResolvers });
  return { schema, sdl: printSubgraphSchema(schema) };
}
