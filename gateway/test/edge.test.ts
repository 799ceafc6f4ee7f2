import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GatewayContext } from '../src/context';
import { edgeSettings, requestIdOnInternalErrors } from '../src/edge';

describe('edge settings', () => {
  it('reads CORS_ORIGINS as a list of origins', () => {
    const settings = edgeSettings({ CORS_ORIGINS: ' https://rh.interieur.gouv.fr, http://localhost:5173/ ' });
    expect([...settings.allowedOrigins]).toEqual(['https://rh.interieur.gouv.fr', 'http://localhost:5173']);
    expect(settings.production).toBe(false);
    expect(edgeSettings({ NODE_ENV: 'production' }).production).toBe(true);
  });

  it.each(['rh.interieur.gouv.fr', 'https://rh.interieur.gouv.fr/api', '*'])(
    'refuses %s, which is not an origin, with a French sentence',
    (value) => {
      expect(() => edgeSettings({ CORS_ORIGINS: value })).toThrow(
        /CORS_ORIGINS : « .* » n’est pas une origine/,
      );
    },
  );
});

describe('request id on masked internal errors', () => {
  it('adds the request id to INTERNAL_SERVER_ERROR only', async () => {
    const hooks = await requestIdOnInternalErrors().requestDidStart?.({} as never);
    const errors = [
      {
        message: 'Erreur interne du serveur. Réessayez plus tard.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      { message: 'Refusé.', extensions: { code: 'FORBIDDEN' } },
    ];
    const requestContext = {
      response: { body: { kind: 'single', singleResult: { errors } } },
      contextValue: { requestId: 'req-42' },
    } as unknown as GraphQLRequestContextWillSendResponse<GatewayContext>;
    await hooks?.willSendResponse?.(requestContext);
    const body = requestContext.response.body as unknown as { singleResult: { errors: typeof errors } };
    expect(body.singleResult.errors.map((error) => error.extensions)).toEqual([
      { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
      { code: 'FORBIDDEN' },
    ]);
  });
});
