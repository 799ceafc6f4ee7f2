import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ConstDirectiveNode, type DocumentNode } from 'graphql';

const ROOT = path.join(__dirname, '../..');
const LINE_KINDS = ['Queries', 'Mutations', 'Subscriptions', 'Contributes'] as const;
type LineKind = (typeof LINE_KINDS)[number];
const ROOT_TYPE: Record<Exclude<LineKind, 'Contributes'>, string> = {
  Queries: 'Query',
  Mutations: 'Mutation',
  Subscriptions: 'Subscription',
};
/** Which subgraph owns each entity: the others contribute fields to it. */
const OWNER: Record<string, string> = {
  Agent: 'profiles',
  Administration: 'profiles',
  Skill: 'profiles',
  Mission: 'missions',
  Application: 'approvals',
  ProgrammeNumbers: 'missions',
};

type Listing = Record<string, Record<LineKind, string[]>>;

function argument(directive: ConstDirectiveNode, name: string) {
  return directive.arguments?.find((a) => a.name.value === name)?.value;
}

/** What the supergraph says each subgraph serves, in the page's terms. */
function fromSupergraph(document: DocumentNode): Listing {
  const listing: Listing = {};
  const entry = (graph: string) =>
    (listing[graph] ??= { Queries: [], Mutations: [], Subscriptions: [], Contributes: [] });
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const typeName = definition.name.value;
    const kind = (Object.entries(ROOT_TYPE).find(([, root]) => root === typeName)?.[0] ?? null) as Exclude<
      LineKind,
      'Contributes'
    > | null;
    for (const field of definition.fields ?? []) {
      const join = field.directives?.find((d) => d.name.value === 'join__field');
      const graphValue = join && argument(join, 'graph');
      if (!join || graphValue?.kind !== Kind.ENUM) continue;
      if (argument(join, 'external')?.kind === Kind.BOOLEAN) continue;
      if (field.directives?.some((d) => d.name.value === 'inaccessible')) continue;
      const graph = graphValue.value.toLowerCase();
      if (kind) entry(graph)[kind].push(field.name.value);
      else if (OWNER[typeName] && OWNER[typeName] !== graph) {
        entry(graph).Contributes.push(`${typeName}.${field.name.value}`);
      }
    }
  }
  return listing;
}

/** The page's `Queries:` … lines under each `## <subgraph> — …` heading: the backquoted names. */
function fromPage(markdown: string): Listing {
  const listing: Listing = {};
  let section: string | null = null;
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^## (\w+) — /.exec(line);
    if (heading?.[1]) {
      section = heading[1];
      listing[section] = { Queries: [], Mutations: [], Subscriptions: [], Contributes: [] };
      current = null;
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') {
      current = null;
      continue;
    }
    const kind = LINE_KINDS.find((k) => line.startsWith(`${k}:`));
    if (section && kind) current = listing[section]?.[kind] ?? null;
    else if (/^[A-Z][a-z]+:/.test(line)) current = null;
    if (!current) continue;
    // The first backquoted name of each item: `name` or `Type.name`, before any explanation.
    for (const item of line.replace(/\([^)]*\)/g, '').split(/[,;]/)) {
      const name = /`([A-Za-z]+(?:\.[A-Za-z]+)?)`/.exec(item)?.[1];
      if (name) current.push(name);
    }
  }
  return listing;
}

const sorted = (listing: Listing) =>
  Object.fromEntries(
    Object.entries(listing)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([graph, kinds]) => [
        graph,
        Object.fromEntries(LINE_KINDS.map((kind) => [kind, [...new Set(kinds[kind])].sort()])),
      ]),
  );

describe('docs/federation-contract.md', () => {
  const supergraph = parse(readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8'));
  const page = readFileSync(path.join(ROOT, 'docs/federation-contract.md'), 'utf8');

  it('lists exactly the operations and contributions of the supergraph, per subgraph', () => {
    expect(sorted(fromPage(page))).toEqual(sorted(fromSupergraph(supergraph)));
  });

  it('notices an operation the page forgot', () => {
    const forgetful = page.replace('`cancelMission`', 'cancelMission');
    expect(sorted(fromPage(forgetful))).not.toEqual(sorted(fromSupergraph(supergraph)));
  });
});
