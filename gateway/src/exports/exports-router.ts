import type { BaseContext } from '@apollo/server';
import express, { type Request, type Response, type Router } from 'express';
import { errorPage } from '../auth/html';
import { operationRunnerFor, type PlainPageDeps } from '../internal-operation';
import { enumLabels, frenchCsv } from './csv';
import { NUMBERS_TABLES, PROGRAMME_NUMBERS, type ProgrammeNumbersData } from './programme-numbers-tables';

const OPEN_DATA = /* GraphQL */ `
  query ProgrammeOpenData {
    statsOpenData {
      year
      ministry {
        id
        name
      }
      kind
      missionsPublished
      applications
      applicants
      completedMissions
      hoursCompleted
      suppressed
    }
  }
`;

interface OpenDataRow {
  year: number;
  ministry: { id: string; name: string | null } | null;
  kind: string;
  missionsPublished: number;
  applications: number | null;
  applicants: number | null;
  completedMissions: number | null;
  hoursCompleted: number | null;
  suppressed: boolean;
}

/** Query-string parameters of a numbers export, as the GraphQL filter takes them (checked there). */
function filterOf(req: Request): Record<string, string> {
  const filter: Record<string, string> = {};
  for (const name of ['from', 'to', 'ministryId', 'kind']) {
    const value = req.query[name];
    if (typeof value === 'string' && value !== '') filter[name] = value;
  }
  return filter;
}

function sendCsv(res: Response, fileName: string, csv: string): void {
  res
    .status(200)
    .type('text/csv; charset=utf-8')
    .set('Content-Disposition', `attachment; filename="${fileName}"`)
    .send(csv);
}

/**
 * `/exports/chiffres/{table}.csv?from&to&ministryId&kind`: each table of the programme's numbers as a
 * CSV for the programme team and `stats:read` clients (the subgraphs decide, as for the query);
 * `/donnees-ouvertes/talents-numeriques.csv`: the anonymised aggregates, for anyone.
 */
export function exportsRouter<TContext extends BaseContext>(
  deps: PlainPageDeps<TContext> & { supergraphSdl: string },
): Router {
  const router = express.Router();
  const labels = {
    kind: enumLabels(deps.supergraphSdl, 'MissionKind'),
    status: enumLabels(deps.supergraphSdl, 'ApplicationStatus'),
    reason: enumLabels(deps.supergraphSdl, 'DecisionReason'),
  };

  router.get('/exports/chiffres/:file', async (req, res) => {
    res.set('Cache-Control', 'private, no-store');
    const title = 'Chiffres du programme';
    const name = /^([a-z-]+)\.csv$/.exec(req.params.file)?.[1] ?? '';
    const table = NUMBERS_TABLES[name];
    if (!table) {
      res
        .status(404)
        .type('html')
        .send(
          errorPage(title, `Ce tableau n’existe pas. Tableaux : ${Object.keys(NUMBERS_TABLES).join(', ')}.`),
        );
      return;
    }
    const run = await operationRunnerFor(deps, req, res, `export-${Date.now()}`);
    const { data, error } = await run<ProgrammeNumbersData>(PROGRAMME_NUMBERS, { filter: filterOf(req) });
    const numbers = data?.statsProgrammeNumbers ?? null;
    // A part of the answer refused or unavailable costs only the tables made of it (partial data).
    if (!numbers || numbers[table.part] === null) {
      const code = error?.code ?? 'INTERNAL_SERVER_ERROR';
      const status =
        code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'BAD_USER_INPUT' ? 400 : 503;
      if (status === 503) deps.logger.warn({ code, table: name }, 'programme numbers export unavailable');
      const message =
        status === 503 || !error
          ? 'Les chiffres sont momentanément indisponibles : réessayez.'
          : error.message;
      res.status(status).type('html').send(errorPage(title, message));
      return;
    }
    const { header, rows } = table.rows(numbers, labels);
    sendCsv(res, `chiffres-${name}-${numbers.from}-${numbers.to}.csv`, frenchCsv(header, rows));
  });

  router.get('/donnees-ouvertes/talents-numeriques.csv', async (req, res) => {
    const run = await operationRunnerFor(deps, req, res, `open-data-${Date.now()}`);
    const { data, error } = await run<{ statsOpenData: OpenDataRow[] | null }>(OPEN_DATA, {});
    if (!data?.statsOpenData || error) {
      deps.logger.warn({ code: error?.code }, 'open data unavailable');
      res
        .status(503)
        .type('html')
        .send(errorPage('Données ouvertes', 'Les données sont momentanément indisponibles : réessayez.'));
      return;
    }
    res.set('Cache-Control', 'public, max-age=3600');
    sendCsv(
      res,
      'talents-numeriques.csv',
      frenchCsv(
        [
          'annee',
          'ministere_id',
          'ministere',
          'type_de_mission',
          'missions_publiees',
          'candidatures',
          'agents_candidats',
          'missions_realisees',
          'heures_realisees',
          'secret_statistique',
        ],
        data.statsOpenData.map((row) => [
          row.year,
          row.ministry?.id ?? '',
          row.ministry?.name ?? '',
          labels.kind.get(row.kind) ?? row.kind,
          row.missionsPublished,
          row.applications,
          row.applicants,
          row.completedMissions,
          row.hoursCompleted,
          row.suppressed ? 'oui' : 'non',
        ]),
      ),
    );
  });
  return router;
}
