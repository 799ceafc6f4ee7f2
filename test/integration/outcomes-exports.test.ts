import { parse } from 'csv-parse/sync';
import { todayInParis } from '@talents/common';
import { createApiKey } from '../support/api-keys';
import { useIntegrityHub } from '../support/integrity';
import { ministryOfIn, wholeDemoPeriod } from '../support/programme-numbers';

/**
 * Issue 13 item 4, the downloads: each table of the programme's numbers as a CSV that a French
 * spreadsheet opens (UTF-8 with a BOM, `;`, decimal commas) for the programme team and `stats:read`
 * clients, and the open-data file of anonymised aggregates for anyone, in which no figure describes
 * fewer than five people — checked against groups counted here from the rows.
 */
describe('the programme’s numbers as CSV, and the open data (issue 13 item 4)', () => {
  const suite = useIntegrityHub({ background: false });
  const { demo } = suite;
  let statsKey = '';
  let missionsKey = '';

  beforeAll(async () => {
    statsKey = await createApiKey(suite.hub.databaseUrl, 'SI statistiques', 'stats:read');
    missionsKey = await createApiKey(suite.hub.databaseUrl, 'SI missions', 'missions:read');
  });

  const origin = () => new URL(suite.hub.gateway.graphqlUrl).origin;
  const download = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin()}${path}`, { headers });
    // Read as bytes: `text()` would drop the BOM a spreadsheet needs.
    const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
    return { status: response.status, type: response.headers.get('content-type') ?? '', body };
  };
  const asAdmin = async (path: string) =>
    download(path, { cookie: await suite.hub.sessionCookie(suite.people.admin.id) });
  const table = (body: string): string[][] => {
    expect(body.startsWith('\uFEFF')).toBe(true);
    return parse(body.slice(1), { delimiter: ';', record_delimiter: '\r\n' }) as string[][];
  };

  const period = wholeDemoPeriod(todayInParis());
  const scope = `from=${period.from}&to=${period.to}`;

  it('gives each table with its columns, the same figures as the API', async () => {
    const api = await suite.as<{
      statsProgrammeNumbers: {
        missionFunnel: { posted: number; published: number };
        applicationFunnel: { applied: number; released: number; accepted: number; completed: number };
        timeToRelease: { count: number; medianHours: number | null };
        hoursByMinistry: Array<{ ministry: { id: string }; hoursGiven: number; hoursReceived: number }>;
        closureReasons: Array<{ count: number }>;
      };
    }>(
      'admin',
      `query ($filter: ProgrammeNumbersFilter) { statsProgrammeNumbers(filter: $filter) {
        missionFunnel { posted published } applicationFunnel { applied released accepted completed }
        timeToRelease { count medianHours } hoursByMinistry { ministry { id } hoursGiven hoursReceived }
        closureReasons { count } } }`,
      { filter: period },
    );
    expect(api.errors).toBeUndefined();
    const numbers = api.data!.statsProgrammeNumbers;

    const funnel = await asAdmin(`/exports/chiffres/entonnoir.csv?${scope}`);
    expect(funnel.status).toBe(200);
    expect(funnel.type).toBe('text/csv; charset=utf-8');
    const [funnelHeader, ...funnelRows] = table(funnel.body);
    expect(funnelHeader).toEqual(['etape', 'nombre', 'part_de_l_etape_precedente_pourcent']);
    expect(funnelRows.map((row) => [row[0], Number(row[1])])).toEqual([
      ['Missions proposées', numbers.missionFunnel.posted],
      ['Missions publiées', numbers.missionFunnel.published],
      ['Candidatures déposées', numbers.applicationFunnel.applied],
      ['Temps libéré par le supérieur', numbers.applicationFunnel.released],
      ['Candidatures acceptées', numbers.applicationFunnel.accepted],
      ['Missions réalisées', numbers.applicationFunnel.completed],
    ]);
    // A share as a French spreadsheet reads it: a decimal comma, no point.
    expect(funnelRows[1]![2]).toMatch(/^\d+(,\d)?$/);
    // None from published missions to applications (two units, often over 100 %), nor for the first step.
    expect(funnelRows.map((row) => row[2] === '')).toEqual([true, false, true, false, false, false]);

    const times = table((await asAdmin(`/exports/chiffres/delais.csv?${scope}`)).body);
    expect(times[0]).toEqual(['etape', 'cas_mesures', 'mediane_heures', 'p90_heures']);
    const release = times.find((row) => row[0] === 'Du dépôt à la libération du temps')!;
    expect(Number(release[1])).toBe(numbers.timeToRelease.count);
    expect(Number(release[2]!.replace(',', '.'))).toBe(numbers.timeToRelease.medianHours);

    const hours = table((await asAdmin(`/exports/chiffres/heures-par-ministere.csv?${scope}`)).body);
    expect(hours[0]).toEqual(['ministere_id', 'ministere', 'heures_donnees', 'heures_recues', 'solde']);
    expect(hours.slice(1).map((row) => [row[0], Number(row[2]), Number(row[3])])).toEqual(
      numbers.hoursByMinistry.map((row) => [row.ministry.id, row.hoursGiven, row.hoursReceived]),
    );
    expect(hours.slice(1).every((row) => row[1]!.startsWith('Ministère') || row[1]!.length > 0)).toBe(true);

    const reasons = table((await asAdmin(`/exports/chiffres/motifs.csv?${scope}`)).body);
    expect(reasons[0]).toEqual(['issue', 'motif', 'nombre']);
    expect(reasons.slice(1).reduce((sum, row) => sum + Number(row[2]), 0)).toBe(
      numbers.closureReasons.reduce((sum, row) => sum + row.count, 0),
    );
    // The contract's French labels, not the API's codes.
    expect(reasons.slice(1).some((row) => row[0] === 'Refusée par le supérieur hiérarchique')).toBe(true);

    const skills = table((await asAdmin(`/exports/chiffres/competences.csv?${scope}`)).body);
    expect(skills[0]).toEqual([
      'competence_id',
      'competence',
      'missions_demandeuses',
      'agents_declarants',
      'agents_disponibles',
    ]);
    expect(skills.length).toBeGreaterThan(1);

    const open = table((await asAdmin(`/exports/chiffres/missions-sans-candidature.csv?${scope}`)).body);
    expect(open[0]).toEqual(['mission_id', 'titre', 'publiee_le']);
  });

  it('is for the programme team and stats:read clients, with clear refusals', async () => {
    const byKey = await download(`/exports/chiffres/entonnoir.csv?${scope}`, {
      authorization: `Bearer ${statsKey}`,
    });
    expect(byKey.status).toBe(200);

    const anonymous = await download('/exports/chiffres/entonnoir.csv');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatch(/réservés à l’équipe du programme/);

    const otherScope = await download('/exports/chiffres/entonnoir.csv', {
      authorization: `Bearer ${missionsKey}`,
    });
    expect(otherScope.status).toBe(403);

    const agent = await download('/exports/chiffres/entonnoir.csv', {
      cookie: await suite.hub.sessionCookie(suite.people.plainAgents[0]!.id),
    });
    expect(agent.status).toBe(403);

    const reversed = await asAdmin('/exports/chiffres/entonnoir.csv?from=2026-06-01&to=2026-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body).toMatch(/fin de la période précède son début/);

    const unknown = await asAdmin('/exports/chiffres/inconnu.csv');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatch(/entonnoir/);
  });

  it('publishes open data to anyone, no figure about fewer than five people', async () => {
    const file = await download('/donnees-ouvertes/talents-numeriques.csv');
    expect(file.status).toBe(200);
    const [header, ...rows] = table(file.body);
    expect(header).toEqual([
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
    ]);
    expect(rows.length).toBeGreaterThan(0);

    // The groups, counted here from approvals' rows: applicants per year (Paris), host ministry and kind,
    // and the agents credited per ledger year, host ministry and kind.
    const db = suite.hub.subgraphs.approvals!.db;
    const applications = (await db.query(
      `SELECT a.id, a.agent_id, a.created_at, m.kind, m.host_administration_id
         FROM approvals.applications a JOIN approvals.mission_projection m ON m.mission_id = a.mission_id`,
    )) as Array<{
      id: string;
      agent_id: string;
      created_at: Date;
      kind: string;
      host_administration_id: string;
    }>;
    const ledger = (await db.query('SELECT application_id, year FROM approvals.credit_ledger')) as Array<{
      application_id: string;
      year: number;
    }>;
    const ministryOf = ministryOfIn(demo);
    const group = (groups: Map<string, Set<string>>, key: string, agentId: string) =>
      groups.set(key, (groups.get(key) ?? new Set()).add(agentId));
    const applicants = new Map<string, Set<string>>();
    const credited = new Map<string, Set<string>>();
    const byId = new Map(applications.map((application) => [application.id, application]));
    for (const application of applications) {
      const yearInParis = application.created_at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
      const key = `${yearInParis.slice(0, 4)}/${ministryOf(application.host_administration_id)}/${application.kind}`;
      group(applicants, key, application.agent_id);
    }
    for (const entry of ledger) {
      const application = byId.get(entry.application_id)!;
      group(
        credited,
        `${entry.year}/${ministryOf(application.host_administration_id)}/${application.kind}`,
        application.agent_id,
      );
    }
    // Kinds in French, as the contract describes them.
    expect(new Set(rows.map((row) => row[3])).has('Appui à un projet')).toBe(true);
    const sizes = (groups: Map<string, Set<string>>) => [...groups.values()].map((agents) => agents.size);

    const hiddenApplicants = rows.filter((row) => row[6] === '');
    const shownApplicants = rows.filter((row) => row[6] !== '' && Number(row[6]) > 0);
    expect(hiddenApplicants.length).toBe(sizes(applicants).filter((size) => size < 5).length);
    expect(shownApplicants.length).toBe(sizes(applicants).filter((size) => size >= 5).length);
    expect(shownApplicants.every((row) => Number(row[6]) >= 5)).toBe(true);
    expect(hiddenApplicants.every((row) => row[5] === '' && row[9] === 'oui')).toBe(true);

    const hiddenHours = rows.filter((row) => row[8] === '');
    expect(hiddenHours.length).toBe(sizes(credited).filter((size) => size < 5).length);
    expect(hiddenHours.every((row) => row[7] === '' && row[9] === 'oui')).toBe(true);
    // The demo has small groups: the secrecy is exercised, not vacuous.
    expect(hiddenApplicants.length + hiddenHours.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row[9] === 'non').length).toBeGreaterThan(0);
  });
});
