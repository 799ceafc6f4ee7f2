import { GraphQLError } from 'graphql';
import { errorCodeOf, reportOf } from '../src/common/errors';

/** What Apollo Client hands over for a failed operation (an ApolloError's fields). */
class ApolloError extends Error {
  readonly graphQLErrors: readonly GraphQLError[];
  constructor(options: { graphQLErrors?: GraphQLError[]; networkError?: Error }) {
    super(options.networkError?.message ?? 'erreur');
    this.graphQLErrors = options.graphQLErrors ?? [];
  }
}

/** How the dashboard sorts a mutation's errors: beside their field, or above the form. */
describe('reportOf', () => {
  const refused = (message: string, extensions: Record<string, unknown>) =>
    new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

  it('puts each BAD_USER_INPUT problem beside the field it names (last segment of the path)', () => {
    const error = refused('Entrée invalide', {
      code: 'BAD_USER_INPUT',
      field: 'input.motivation',
      fields: [
        { field: 'input.motivation', message: 'La motivation doit compter entre 20 et 2000 caractères.' },
        {
          field: 'input.proposedHours',
          message: 'Le nombre d’heures proposé doit être un entier entre 1 et 105.',
        },
      ],
    });
    expect(reportOf(error)).toEqual({
      fields: {
        motivation: 'La motivation doit compter entre 20 et 2000 caractères.',
        proposedHours: 'Le nombre d’heures proposé doit être un entier entre 1 et 105.',
      },
      general: [],
    });
  });

  it('falls back on `extensions.field` and keeps other errors for the top of the form', () => {
    const error = new ApolloError({
      graphQLErrors: [
        new GraphQLError('Précisez le motif du retrait.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'reasonText' },
        }),
        new GraphQLError('Vous avez déjà candidaté à cette mission.', { extensions: { code: 'CONFLICT' } }),
      ],
    });
    expect(reportOf(error)).toEqual({
      fields: { reasonText: 'Précisez le motif du retrait.' },
      general: ['Vous avez déjà candidaté à cette mission.'],
    });
    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
  });

  it('says the service does not answer when there is no GraphQL error at all', () => {
    const report = reportOf(new ApolloError({ networkError: new Error('Failed to fetch') }));
    expect(report.fields).toEqual({});
    expect(report.general).toEqual(['Le service ne répond pas. Vérifiez votre connexion puis réessayez.']);
    expect(errorCodeOf(new Error('x'))).toBeUndefined();
  });
});
