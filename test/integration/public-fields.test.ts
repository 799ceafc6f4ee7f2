import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { generateDemoData } from '@talents/demo';
import { getNamedType, isObjectType, isLeafType, type GraphQLObjectType } from 'graphql';
import { isPublicField } from '../../gateway/src/subscriptions/public-fetches';
import { startTestHub, type TestHub } from '../support/hub';
import { liveCast, publishMission } from '../support/subscriptions';

/**
 * The gateway fetches fields tagged public once per subscription event, as an anonymous visitor,
 * and hands the answer to every subscriber (docs/subscriptions.md). That is only right if such a
 * field reads the same for everyone: checked here for every tagged field of the supergraph.
 */
const supergraph = Supergraph.build(
  readFileSync(path.join(__dirname, '../../schema/supergraph.graphql'), 'utf8'),
).schema.toGraphQLJSSchema();

function publicFieldsOf(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((field) => isPublicField(field))
    .map((field) => field.name);
}

/** The public fields of a type, objects one level down (a public `parent` or `administration`). */
function selectionOf(typeName: string): string {
  const type = supergraph.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} n’est pas un type objet`);
  return publicFieldsOf(type)
    .map((name) => {
      const named = getNamedType(type.getFields()[name]?.type);
      if (!named || isLeafType(named)) return name;
      if (!isObjectType(named)) throw new Error(`${typeName}.${name} : type abstrait non couvert`);
      const leaves = publicFieldsOf(named).filter((field) =>
        isLeafType(getNamedType(named.getFields()[field]?.type)),
      );
      return `${name} { ${leaves.join(' ')} }`;
    })
    .join(' ');
}

/** The types whose public fields the query below reads, all from a published mission. */
const READ = ['Administration', 'Agent', 'Mission', 'Skill'];

describe('fields tagged public', () => {
  const demo = generateDemoData();
  const cast = liveCast(demo);
  const viewers = [cast.listeners[0]?.id, cast.host.id, cast.admin.id];
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(demo);
  }, 90_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('are all read by this test', () => {
    const tagged = Object.values(supergraph.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .filter((type) => publicFieldsOf(type).length > 0)
      .map((type) => type.name)
      .sort();
    // A type gaining public fields needs its place in the query below.
    expect(tagged).toEqual(READ);
  });

  it('read the same for an anonymous visitor, an agent, a host and the programme team', async () => {
    const id = await publishMission(hub, cast, { title: 'Mission publique', skillIds: ['rgaa', 'python'] });
    const query = `query ($id: ID!) {
      mission(id: $id) {
        ${selectionOf('Mission')}
        hostAdministration { ${selectionOf('Administration')} }
        contact { ${selectionOf('Agent')} }
        requiredSkills { skill { ${selectionOf('Skill')} } }
      }
    }`;
    const anonymous = await hub.query(query, { id });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.mission).toMatchObject({
      seatsRemaining: 2,
      contact: { displayName: expect.stringContaining(cast.host.firstName) as string },
    });
    for (const viewer of viewers) {
      const seen = await hub.queryAs(viewer ?? '', query, { id });
      expect(seen.errors).toBeUndefined();
      expect(seen.data).toEqual(anonymous.data);
    }
  }, 60_000);
});
