import { mergeEntityFetches } from '../src/entity-fetch-merge';

const entities = (name: string, selection: string, fragments = '') => ({
  query: `query ${name}($representations:[_Any!]!){_entities(representations:$representations){${selection}}}${fragments}`,
  variables: { representations: [{ __typename: 'Agent', id: name }] },
  operationName: name,
});

describe('entity fetches merged into one operation', () => {
  it('puts each fetch’s `_entities` under an alias with its own representations', () => {
    const merged = mergeEntityFetches([
      entities('Mission__profiles__1', '...on Administration{name}'),
      entities('Mission__profiles__2', '...on Agent{...Who}', ' fragment Who on Agent{displayName}'),
      entities('Mission__profiles__3', '...on Agent{...Who}', ' fragment Who on Agent{displayName}'),
    ]);
    const body = JSON.parse(merged?.body ?? '{}') as {
      query: string;
      variables: Record<string, unknown>;
      operationName: string;
    };
    expect(body.operationName).toBe('Mission__profiles__1');
    expect(body.query).toContain('_entities_0: _entities(representations: $representations_0)');
    expect(body.query).toContain('_entities_2: _entities(representations: $representations_2)');
    expect(body.query.match(/fragment Who on Agent/g)).toHaveLength(1);
    expect(body.variables).toEqual({
      representations_0: [{ __typename: 'Agent', id: 'Mission__profiles__1' }],
      representations_1: [{ __typename: 'Agent', id: 'Mission__profiles__2' }],
      representations_2: [{ __typename: 'Agent', id: 'Mission__profiles__3' }],
    });
  });

  it('hands each fetch its data and the errors on its own path, as if it had been sent alone', () => {
    const merged = mergeEntityFetches([entities('A', '__typename'), entities('B', '__typename')]);
    const texts = merged?.split(
      JSON.stringify({
        errors: [
          { message: 'Réservé.', path: ['_entities_1', 0, 'email'], extensions: { code: 'FORBIDDEN' } },
          { message: 'Sans chemin.' },
        ],
        data: { _entities_0: [{ __typename: 'Agent' }], _entities_1: [null] },
      }),
    );
    expect(texts?.map((text) => JSON.parse(text) as unknown)).toEqual([
      { errors: [{ message: 'Sans chemin.' }], data: { _entities: [{ __typename: 'Agent' }] } },
      {
        errors: [
          { message: 'Réservé.', path: ['_entities', 0, 'email'], extensions: { code: 'FORBIDDEN' } },
          { message: 'Sans chemin.' },
        ],
        data: { _entities: [null] },
      },
    ]);
  });

  it('gives up on an answer without data, so that each fetch is sent again on its own', () => {
    const merged = mergeEntityFetches([entities('A', '__typename'), entities('B', '__typename')]);
    expect(merged?.split('{"errors":[{"message":"échec"}],"data":null}')).toBeNull();
    expect(merged?.split('not json')).toBeNull();
  });

  it('merges nothing but plain entity fetches, nor two fragments of one name that differ', () => {
    const plain = entities('A', '__typename');
    expect(mergeEntityFetches([plain, { query: 'mutation M { a }', operationName: 'M' }])).toBeNull();
    expect(mergeEntityFetches([plain, { query: 'query Q { missions { id } }' }])).toBeNull();
    expect(
      mergeEntityFetches([
        plain,
        {
          query:
            'query Q($representations:[_Any!]!, $x: Int){_entities(representations:$representations){__typename}}',
        },
      ]),
    ).toBeNull();
    expect(
      mergeEntityFetches([
        entities('A', '...W', ' fragment W on Agent{displayName}'),
        entities('B', '...W', ' fragment W on Agent{email}'),
      ]),
    ).toBeNull();
    expect(mergeEntityFetches([plain, { query: '{ syntax error' }])).toBeNull();
  });
});
