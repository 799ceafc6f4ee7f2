import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { contractDrift, generateContract } from '../../hub/src/contract';
import { HUB_SUBGRAPHS } from '../../hub/src/subgraphs';

/** Types that federation adds to every subgraph: not ours to describe. */
const FEDERATION_TYPES = new Set(['_Service', '_Any', '_Entity']);
const isFederationType = (name: string) =>
  FEDERATION_TYPES.has(name) || name.startsWith('link__') || name.startsWith('federation__');
/** Root types cannot carry a description in type-graphql; their fields are checked. */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isFederationType(type.name)) continue;
    if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description && !ROOT_TYPES.has(type.name)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('_')) continue;
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the contract in schema/', () => {
  let contract: Awaited<ReturnType<typeof generateContract>>;

  beforeAll(async () => {
    contract = await generateContract();
  });

  it('composes into a supergraph joining the three subgraphs', () => {
    const supergraph = contract.files.get('supergraph.graphql') ?? '';
    for (const name of ['profiles', 'missions', 'approvals']) {
      expect(supergraph).toContain(`@join__graph(name: "${name}"`);
    }
  });

  it('is exactly what the code produces (run `npm run schema` after changing the schema)', async () => {
    expect(await contractDrift(contract)).toEqual([]);
  });

  it('reports a committed file that differs from the code', async () => {
    const altered = new Map(contract.files);
    altered.set('missions.graphql', `${contract.files.get('missions.graphql')}\n# dérive\n`);
    expect(await contractDrift({ files: altered })).toEqual(['missions.graphql']);
  });

  it.each(HUB_SUBGRAPHS.map(({ definition }) => [definition.name, definition] as const))(
    'describes every type, field, argument and enum value of %s',
    async (_name, definition) => {
      const { schema } = await definition.buildSchema();
      expect(undescribed(schema)).toEqual([]);
    },
  );
});
