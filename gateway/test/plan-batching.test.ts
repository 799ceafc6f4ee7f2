import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';
import { MISSION_CARD } from '../../test/support/mission-card';
import { servicesFetchedTogether } from '../src/plan-batching';
import { readSupergraph } from '../src/supergraph';

/** The plans @apollo/gateway makes for the supergraph of the repository. */
const supergraph = Supergraph.build(readSupergraph());
const planner = new QueryPlanner(supergraph);
const planOf = (query: string) =>
  planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query), { validate: true }));

describe('the subgraphs a plan sends several fetches at once', () => {
  it('names none for a query one subgraph answers with one fetch', () => {
    const plan = planOf('{ missions(first: 20) { nodes { id title description } } }');
    expect(servicesFetchedTogether(plan)).toEqual(new Set());
  });

  it('names profiles for a mission card, whose three entities it fetches in parallel', () => {
    const plan = planOf(`{ missions(first: 20) { nodes { id ...MissionCard } } } ${MISSION_CARD}`);
    expect(servicesFetchedTogether(plan)).toEqual(new Set(['profiles']));
  });

  it('names none for fetches to one subgraph that follow each other', () => {
    // `me` first, then the missions recommended to that person, then their host administration.
    const plan = planOf(
      '{ me { recommendedMissions(first: 5) { mission { title hostAdministration { name } } } } }',
    );
    expect(servicesFetchedTogether(plan)).toEqual(new Set());
  });

  it('walks a plan once, however many requests it serves', () => {
    const plan = planOf('{ skills { id } }');
    expect(servicesFetchedTogether(plan)).toBe(servicesFetchedTogether(plan));
  });
});
