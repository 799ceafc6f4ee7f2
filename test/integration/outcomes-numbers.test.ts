import { todayInParis } from '@talents/common';
import { errorCodes } from '../support/errors';
import { useIntegrityHub } from '../support/integrity';
import { acceptedApplication } from '../support/outcomes';
import { ministryOfIn, PROGRAMME_NUMBERS, wholeDemoPeriod } from '../support/programme-numbers';

/**
 * Issue 13 item 4 through the gateway: the programme's numbers, computed in SQL by missions (missions
 * posted, time to publication, skills) and approvals (applications, times, reasons, hours), composed
 * under one key, are checked against counts made here, in the test, from the rows themselves —
 * over the whole demo, one ministry and one mission kind. Only the programme team and `stats:read`
 * clients read them; the statements per request do not grow with the data.
 */
describe('the programme’s numbers (issue 13 item 4)', () => {
  const suite = useIntegrityHub({ background: false });
  const { demo } = suite;

  interface Stats {
    count: number;
    medianHours: number | null;
    p90Hours: number | null;
  }
  interface Numbers {
    id: string;
    ministry: { id: string; name: string } | null;
    kind: string | null;
    missionFunnel: Record<string, number>;
    applicationFunnel: Record<string, number>;
    timeToPublication: Stats;
    timeToFirstApplicant: Stats;
    timeToRelease: Stats;
    timeToAcceptance: Stats;
    closureReasons: Array<{ status: string; reason: string | null; count: number }>;
    hoursByMinistry: Array<{
      ministry: { id: string; name: string };
      hoursGiven: number;
      hoursReceived: number;
    }>;
    missionsWithoutApplicants: { count: number; missions: Array<{ id: string; status: string } | null> };
    skills: Array<{
      skill: { id: string; label: string };
      missionsDemanding: number;
      agentsOffering: number;
    }>;
  }

  const today = todayInParis();
  const { from, to } = wholeDemoPeriod(today);
  const ministryOf = ministryOfIn(demo);

  /** percentile_cont, as PostgreSQL computes it, rounded like the API to the tenth of an hour. */
  const percentile = (values: number[], fraction: number): number | null => {
    if (values.length === 0) return null;
    const sorted = [...values].sort((a, b) => a - b);
    const position = fraction * (sorted.length - 1);
    const low = Math.floor(position);
    const high = Math.ceil(position);
    const value = sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
    return Math.round(value * 10) / 10;
  };
  const stats = (hours: number[]): Stats => ({
    count: hours.length,
    medianHours: percentile(hours, 0.5),
    p90Hours: percentile(hours, 0.9),
  });
  const hoursBetween = (later: Date, earlier: Date) => (later.getTime() - earlier.getTime()) / 3_600_000;

  interface MissionRow {
    id: string;
    status: string;
    kind: string;
    host_administration_id: string;
    created_at: Date;
    published_at: Date | null;
    skill_ids: string[];
  }
  interface ApplicationRow {
    id: string;
    agent_id: string;
    mission_id: string;
    status: string;
    reason: string | null;
    created_at: Date;
  }

  /** Everything the expected numbers are counted from, read straight from the tables. */
  async function rows() {
    const missionsDb = suite.hub.subgraphs.missions!.db;
    const approvalsDb = suite.hub.subgraphs.approvals!.db;
    const missions = (await missionsDb.query(
      `SELECT id, status, kind, host_administration_id, created_at, published_at, skill_ids FROM missions.mission`,
    )) as MissionRow[];
    const applications = (await approvalsDb.query(
      'SELECT id, agent_id, mission_id, status, reason, created_at FROM approvals.applications',
    )) as ApplicationRow[];
    const steps = (await approvalsDb.query(
      'SELECT application_id, status, at FROM approvals.application_steps',
    )) as Array<{ application_id: string; status: string; at: Date }>;
    const ledger = (await approvalsDb.query(
      'SELECT application_id, year, giver_administration_id, receiver_administration_id, hours FROM approvals.credit_ledger',
    )) as Array<{
      application_id: string;
      year: number;
      giver_administration_id: string;
      receiver_administration_id: string;
      hours: number;
    }>;
    const agents = (await missionsDb.query(
      'SELECT agent_id, administration_id, skill_ids, hours_per_month FROM missions.agent_match_profile WHERE NOT erased',
    )) as Array<{
      agent_id: string;
      administration_id: string | null;
      skill_ids: string[];
      hours_per_month: number;
    }>;
    return { missions, applications, steps, ledger, agents };
  }

  function expected(data: Awaited<ReturnType<typeof rows>>, filter: { ministryId?: string; kind?: string }) {
    const inPeriod = (date: Date) => {
      const day = date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
      return day >= from && day <= to;
    };
    const missionById = new Map(data.missions.map((mission) => [mission.id, mission]));
    const matches = (mission: MissionRow | undefined) =>
      mission !== undefined &&
      (!filter.ministryId || ministryOf(mission.host_administration_id) === filter.ministryId) &&
      (!filter.kind || mission.kind === filter.kind);
    const missions = data.missions.filter((mission) => inPeriod(mission.created_at) && matches(mission));
    const applications = data.applications.filter(
      (application) => inPeriod(application.created_at) && matches(missionById.get(application.mission_id)),
    );
    const stepsOf = new Map<string, Map<string, Date>>();
    for (const step of data.steps) {
      const own = stepsOf.get(step.application_id) ?? new Map<string, Date>();
      own.set(step.status, step.at);
      stepsOf.set(step.application_id, own);
    }
    const reached = (application: ApplicationRow, statuses: string[]) =>
      statuses.some((status) => stepsOf.get(application.id)?.has(status));
    const release = (application: ApplicationRow) => stepsOf.get(application.id)?.get('MANAGER_APPROVED');
    const acceptance = (application: ApplicationRow) => stepsOf.get(application.id)?.get('ACCEPTED');

    const closures = new Map<string, number>();
    for (const application of applications) {
      if (!['WITHDRAWN', 'REFUSED_BY_MANAGER', 'DECLINED_BY_HOST', 'EXPIRED'].includes(application.status))
        continue;
      const key = `${application.status}/${application.reason ?? ''}`;
      closures.set(key, (closures.get(key) ?? 0) + 1);
    }

    const firstApplication = new Map<string, Date>();
    for (const application of data.applications) {
      const known = firstApplication.get(application.mission_id);
      if (!known || application.created_at < known)
        firstApplication.set(application.mission_id, application.created_at);
    }
    const publishedInPeriod = data.missions.filter(
      (mission) => mission.published_at && inPeriod(mission.published_at) && matches(mission),
    );

    const years = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
    // With a ministry chosen, its own row only.
    const counts = (ministry: string) => !filter.ministryId || ministry === filter.ministryId;
    const applicationById = new Map(data.applications.map((application) => [application.id, application]));
    const hours = new Map<string, { given: number; received: number }>();
    for (const entry of data.ledger) {
      if (entry.year < years[0]! || entry.year > years[1]!) continue;
      const mission = missionById.get(applicationById.get(entry.application_id)?.mission_id ?? '');
      if (filter.kind && mission?.kind !== filter.kind) continue;
      const giver = ministryOf(entry.giver_administration_id);
      const receiver = ministryOf(entry.receiver_administration_id);
      if (counts(giver))
        hours.set(giver, {
          given: (hours.get(giver)?.given ?? 0) + entry.hours,
          received: hours.get(giver)?.received ?? 0,
        });
      if (counts(receiver))
        hours.set(receiver, {
          given: hours.get(receiver)?.given ?? 0,
          received: (hours.get(receiver)?.received ?? 0) + entry.hours,
        });
    }

    const applied = new Set(data.applications.map((application) => application.mission_id));
    const demand = new Map<string, number>();
    for (const mission of missions.filter((mission) => mission.status !== 'DRAFT')) {
      for (const skillId of new Set(mission.skill_ids)) demand.set(skillId, (demand.get(skillId) ?? 0) + 1);
    }
    const supply = new Map<string, number>();
    for (const agent of data.agents) {
      if (
        filter.ministryId &&
        (!agent.administration_id || ministryOf(agent.administration_id) !== filter.ministryId)
      ) {
        continue;
      }
      for (const skillId of agent.skill_ids) supply.set(skillId, (supply.get(skillId) ?? 0) + 1);
    }

    return {
      missionFunnel: {
        posted: missions.filter((mission) => mission.status !== 'DRAFT').length,
        published: missions.filter((mission) => mission.published_at !== null).length,
        awaitingModeration: missions.filter((mission) => mission.status === 'SUBMITTED').length,
        filled: missions.filter((mission) => mission.status === 'FILLED').length,
        closed: missions.filter((mission) => mission.status === 'CLOSED').length,
        cancelled: missions.filter((mission) => mission.status === 'CANCELLED').length,
      },
      applicationFunnel: {
        applied: applications.length,
        applicants: new Set(applications.map((application) => application.agent_id)).size,
        released: applications.filter((a) => reached(a, ['MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED']))
          .length,
        accepted: applications.filter((a) => reached(a, ['ACCEPTED', 'COMPLETED'])).length,
        completed: applications.filter((a) => reached(a, ['COMPLETED'])).length,
        pending: applications.filter((a) => ['SUBMITTED', 'MANAGER_APPROVED'].includes(a.status)).length,
      },
      timeToPublication: stats(
        missions
          .filter((mission) => mission.published_at)
          .map((m) => hoursBetween(m.published_at!, m.created_at)),
      ),
      timeToFirstApplicant: stats(
        publishedInPeriod
          .filter((mission) => firstApplication.has(mission.id))
          .map((mission) => hoursBetween(firstApplication.get(mission.id)!, mission.published_at!)),
      ),
      timeToRelease: stats(
        applications.filter((a) => release(a)).map((a) => hoursBetween(release(a)!, a.created_at)),
      ),
      timeToAcceptance: stats(
        applications
          .filter((a) => release(a) && acceptance(a))
          .map((a) => hoursBetween(acceptance(a)!, release(a)!)),
      ),
      closures,
      hours,
      withoutApplicants: data.missions.filter(
        (mission) => mission.status === 'PUBLISHED' && matches(mission) && !applied.has(mission.id),
      ).length,
      demand,
      supply,
    };
  }

  async function numbersAs(persona: 'admin' | 'clientAll', filter: Record<string, unknown>) {
    const response = await suite.as<{ statsProgrammeNumbers: Numbers }>(persona, PROGRAMME_NUMBERS, {
      filter: { from, to, ...filter },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.statsProgrammeNumbers;
  }

  function compare(numbers: Numbers, counted: ReturnType<typeof expected>) {
    expect(numbers.missionFunnel).toEqual(counted.missionFunnel);
    expect(numbers.applicationFunnel).toEqual(counted.applicationFunnel);
    expect(numbers.timeToPublication).toEqual(counted.timeToPublication);
    expect(numbers.timeToFirstApplicant).toEqual(counted.timeToFirstApplicant);
    expect(numbers.timeToRelease).toEqual(counted.timeToRelease);
    expect(numbers.timeToAcceptance).toEqual(counted.timeToAcceptance);
    expect(
      new Map(
        numbers.closureReasons.map((closure) => [`${closure.status}/${closure.reason ?? ''}`, closure.count]),
      ),
    ).toEqual(counted.closures);
    expect(
      new Map(
        numbers.hoursByMinistry.map((row) => [
          row.ministry.id,
          { given: row.hoursGiven, received: row.hoursReceived },
        ]),
      ),
    ).toEqual(counted.hours);
    expect(numbers.missionsWithoutApplicants.count).toBe(counted.withoutApplicants);
    expect(
      numbers.missionsWithoutApplicants.missions.every(
        (mission) => mission === null || mission.status === 'PUBLISHED',
      ),
    ).toBe(true);
    for (const row of numbers.skills) {
      expect([row.skill.id, row.missionsDemanding]).toEqual([
        row.skill.id,
        counted.demand.get(row.skill.id) ?? 0,
      ]);
      expect([row.skill.id, row.agentsOffering]).toEqual([
        row.skill.id,
        counted.supply.get(row.skill.id) ?? 0,
      ]);
    }
  }

  it('match counts made from the rows, for the whole programme, one ministry and one kind', async () => {
    const data = await rows();
    const whole = await numbersAs('admin', {});
    // The demo is not empty: every part of the answer has something to show.
    expect(whole.missionFunnel.published).toBeGreaterThan(0);
    expect(whole.applicationFunnel.completed).toBeGreaterThan(0);
    expect(whole.timeToRelease.count).toBeGreaterThan(0);
    expect(whole.timeToAcceptance.count).toBeGreaterThan(0);
    expect(whole.closureReasons.length).toBeGreaterThan(0);
    expect(whole.hoursByMinistry.length).toBeGreaterThan(0);
    expect(whole.hoursByMinistry.every((row) => row.ministry.name.length > 0)).toBe(true);
    compare(whole, expected(data, {}));

    const hostMinistry = ministryOf(suite.hosting().administrationId);
    const ministry = await numbersAs('clientAll', { ministryId: hostMinistry });
    expect(ministry.ministry?.id).toBe(hostMinistry);
    compare(ministry, expected(data, { ministryId: hostMinistry }));

    const kind = data.missions[0]!.kind;
    const ofKind = await numbersAs('admin', { kind });
    expect(ofKind.kind).toBe(kind);
    compare(ofKind, expected(data, { kind }));
  });

  it('move with the workflow: an accepted application counts as applied, released and accepted', async () => {
    const before = await numbersAs('admin', {});
    const accepted = await acceptedApplication(suite, 3, 'Chiffres : une mission de plus');
    // The same steps, as the agent's timeline shows them: in order, each once.
    const timeline = await suite.hub.queryAs<{
      application: { timeline: Array<{ status: string; at: string }> };
    }>(accepted.agent.id, 'query ($id: ID!) { application(id: $id) { timeline { status at } } }', {
      id: accepted.applicationId,
    });
    expect(timeline.errors).toBeUndefined();
    const steps = timeline.data!.application.timeline;
    expect(steps.map((step) => step.status)).toEqual(['SUBMITTED', 'MANAGER_APPROVED', 'ACCEPTED']);
    expect([...steps].sort((a, b) => a.at.localeCompare(b.at))).toEqual(steps);
    const after = await numbersAs('admin', {});
    expect(after.applicationFunnel.applied).toBe(before.applicationFunnel.applied + 1);
    expect(after.applicationFunnel.released).toBe(before.applicationFunnel.released + 1);
    expect(after.applicationFunnel.accepted).toBe(before.applicationFunnel.accepted + 1);
    expect(after.timeToRelease.count).toBe(before.timeToRelease.count + 1);
    expect(after.timeToAcceptance.count).toBe(before.timeToAcceptance.count + 1);
    expect(after.missionFunnel.published).toBe(before.missionFunnel.published + 1);
    compare(after, expected(await rows(), {}));
  });

  it('are for the programme team and stats:read clients only, and say which filter is wrong', async () => {
    const anonymous = await suite.hub.query<{ statsProgrammeNumbers: null; missions: unknown }>(
      '{ statsProgrammeNumbers { id } missions(first: 1) { nodes { id } } }',
    );
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data?.statsProgrammeNumbers).toBeNull();
    expect(anonymous.data?.missions).toBeTruthy();

    for (const persona of ['agent', 'manager', 'host', 'client'] as const) {
      const refused = await suite.as<{ statsProgrammeNumbers: null }>(
        persona,
        '{ statsProgrammeNumbers { id } }',
      );
      expect([persona, errorCodes(refused)]).toEqual([persona, ['FORBIDDEN']]);
      // The gateway refuses a client without the scope before any subgraph; the subgraph refuses the people.
      expect(refused.errors![0]!.message).toMatch(
        persona === 'client' ? /portée « stats:read » est nécessaire/ : /réservés à l’équipe du programme/,
      );
    }

    const reversed = await suite.as('admin', PROGRAMME_NUMBERS, {
      filter: { from: '2026-06-01', to: '2026-01-01' },
    });
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
    expect(reversed.errors![0]!.extensions?.field).toBe('filter.to');
    expect(reversed.errors![0]!.message).toMatch(/fin de la période précède son début/);

    const tooLong = await suite.as('admin', PROGRAMME_NUMBERS, {
      filter: { from: '2000-01-01', to: '2026-01-01' },
    });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.errors![0]!.extensions?.field).toBe('filter.from');

    const badMinistry = await suite.as('admin', PROGRAMME_NUMBERS, {
      filter: { ministryId: 'Pas un identifiant !' },
    });
    expect(errorCodes(badMinistry)).toEqual(['BAD_USER_INPUT']);
    expect(badMinistry.errors![0]!.extensions?.field).toBe('filter.ministryId');
  });

  it('cost the same SQL statements whatever the period holds', async () => {
    const count = (filter: Record<string, unknown>) =>
      suite.hub.countStatements(() => suite.as('admin', PROGRAMME_NUMBERS, { filter }));
    // The last month against ten years: both have rows of every kind, in very different numbers.
    const month = { from: `${today.slice(0, 8)}01`, to: today };
    await count(month);
    const few = await count(month);
    const many = await count({ from, to });
    expect((many.result as { errors?: unknown }).errors).toBeUndefined();
    expect((few.result as { errors?: unknown }).errors).toBeUndefined();
    expect(many.statements).toEqual(few.statements);
    // One statement per part: missions' figures and skills, approvals' five.
    expect(many.statements.missions).toBeLessThanOrEqual(3);
    expect(many.statements.approvals).toBeLessThanOrEqual(6);
  });
});
