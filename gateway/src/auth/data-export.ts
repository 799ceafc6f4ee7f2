import type { BaseContext } from '@apollo/server';
import express, { type Router } from 'express';
import type { PlainPageDeps } from '../internal-operation';
import { AuthenticationError } from './authenticate';
import type { Principal } from './principal';
import { PrincipalLookupError } from './principal-directory';

/** Each subgraph contributes its share of an agent's data; the gateway gathers them in one plan. */
export const DATA_EXPORT_QUERY = /* GraphQL */ `
  query DataExport {
    me {
      id
      profilesData
      missionsData
      approvalsData
    }
  }
`;

interface ExportData {
  me: {
    id: string;
    profilesData: unknown;
    missionsData: unknown;
    approvalsData: unknown;
  } | null;
}

/**
 * `GET /me/export`: the signed-in agent downloads everything the hub holds about them (RGPD
 * art. 15 and 20), as one JSON file gathered from the three subgraphs through the gateway's own
 * plan — the same rules apply as for any query, so nothing of anybody else can slip in.
 */
export function dataExportRouter<TContext extends BaseContext>(deps: PlainPageDeps<TContext>): Router {
  const router = express.Router();
  router.get('/me/export', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    let principal: Principal;
    try {
      principal = await deps.authenticator.principalOf(req, res);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        res.status(401).json({ code: error.code, message: error.message });
        return;
      }
      if (error instanceof PrincipalLookupError) {
        res
          .status(503)
          .json({ code: 'SERVICE_UNAVAILABLE', message: 'Le service des profils ne répond pas.' });
        return;
      }
      throw error;
    }
    if (principal.kind !== 'agent') {
      res.status(401).json({
        code: 'UNAUTHENTICATED',
        message: 'Connectez-vous pour télécharger vos données.',
      });
      return;
    }
    const requestId = `export-${principal.agentId}-${Date.now()}`;
    const response = await deps.apollo.executeOperation<ExportData>(
      { query: DATA_EXPORT_QUERY },
      { contextValue: deps.contextFor(principal, requestId) },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    const me = result?.data?.me;
    if (!result || result.errors?.length || !me) {
      deps.logger.error({ errors: result?.errors, requestId }, 'data export failed');
      res.status(502).json({
        code: 'EXPORT_INCOMPLETE',
        message: 'L’export n’a pas pu rassembler toutes vos données. Réessayez dans un instant.',
      });
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    res
      .type('application/json')
      .set('Content-Disposition', `attachment; filename="talents-numeriques-mes-donnees-${day}.json"`)
      .send(
        JSON.stringify(
          {
            exportedAt: new Date().toISOString(),
            agentId: me.id,
            profiles: me.profilesData,
            missions: me.missionsData,
            approvals: me.approvalsData,
          },
          null,
          2,
        ),
      );
  });
  return router;
}
