/**
 * The tables of `ProgrammeNumbers` read whole both by the export below and by the integration test's
 * query (test/support/programme-numbers.ts), so that the test reads them as the export does.
 */
export const PROGRAMME_NUMBERS_TABLES = /* GraphQL */ `
  fragment programmeNumbersTables on ProgrammeNumbers {
    from
    to
    timeToPublication {
      ...duration
    }
    timeToFirstApplicant {
      ...duration
    }
    timeToRelease {
      ...duration
    }
    timeToAcceptance {
      ...duration
    }
    closureReasons {
      status
      reason
      count
    }
    hoursByMinistry {
      ministry {
        id
        name
      }
      hoursGiven
      hoursReceived
      balance
    }
  }
  fragment duration on DurationStats {
    count
    medianHours
    p90Hours
  }
`;

/** What the programme's numbers export reads: every table of `/exports/chiffres/{table}.csv` at once. */
export const PROGRAMME_NUMBERS = /* GraphQL */ `
  query ProgrammeNumbersExport($filter: ProgrammeNumbersFilter) {
    statsProgrammeNumbers(filter: $filter) {
      ...programmeNumbersTables
      missionFunnel {
        posted
        published
      }
      applicationFunnel {
        applied
        released
        accepted
        completed
      }
      skills(first: 100) {
        skill {
          id
          label
        }
        missionsDemanding
        agentsOffering
        agentsAvailable
      }
      missionsWithoutApplicants(first: 100) {
        count
        missions {
          id
          title
          publishedAt
        }
      }
    }
  }
  ${PROGRAMME_NUMBERS_TABLES}
`;

interface Duration {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface ProgrammeNumbersData {
  statsProgrammeNumbers: {
    from: string;
    to: string;
    missionFunnel: { posted: number; published: number };
    applicationFunnel: { applied: number; released: number; accepted: number; completed: number } | null;
    timeToPublication: Duration;
    timeToFirstApplicant: Duration | null;
    timeToRelease: Duration | null;
    timeToAcceptance: Duration | null;
    closureReasons: Array<{ status: string; reason: string | null; count: number }> | null;
    hoursByMinistry: Array<{
      ministry: { id: string; name: string | null } | null;
      hoursGiven: number;
      hoursReceived: number;
      balance: number;
    }> | null;
    skills: Array<{
      skill: { id: string; label: string | null } | null;
      missionsDemanding: number;
      agentsOffering: number;
      agentsAvailable: number;
    }>;
    missionsWithoutApplicants: {
      count: number;
      missions: Array<{ id: string; title: string; publishedAt: string | null } | null>;
    } | null;
  } | null;
}

type Numbers = NonNullable<ProgrammeNumbersData['statsProgrammeNumbers']>;
type Cell = string | number | null;
interface Labels {
  kind: Map<string, string>;
  status: Map<string, string>;
  reason: Map<string, string>;
}

interface NumbersTable {
  /** The part of the answer the table is made of: null (its service down or refusing) → no table. */
  part: keyof Numbers;
  rows(numbers: Numbers, labels: Labels): { header: string[]; rows: Cell[][] };
}

/** Share of the previous step, in percent with one decimal; empty when there is no previous step. */
function share(count: number, previous: number | null): number | null {
  if (previous === null || previous === 0) return null;
  return Math.round((count / previous) * 1000) / 10;
}

/** What a funnel step counts: a share of the step before means something only in the same unit. */
type FunnelUnit = 'mission' | 'application';

/** The tables of the export, by their name in the URL. */
export const NUMBERS_TABLES: Record<string, NumbersTable> = {
  entonnoir: {
    part: 'applicationFunnel',
    rows(numbers) {
      const applications = numbers.applicationFunnel;
      const steps: Array<[string, number | null, FunnelUnit]> = [
        ['Missions proposées', numbers.missionFunnel.posted, 'mission'],
        ['Missions publiées', numbers.missionFunnel.published, 'mission'],
        ['Candidatures déposées', applications?.applied ?? null, 'application'],
        ['Temps libéré par le supérieur', applications?.released ?? null, 'application'],
        ['Candidatures acceptées', applications?.accepted ?? null, 'application'],
        ['Missions réalisées', applications?.completed ?? null, 'application'],
      ];
      return {
        header: ['etape', 'nombre', 'part_de_l_etape_precedente_pourcent'],
        rows: steps.map(([step, count, unit], index) => {
          const previous = steps[index - 1];
          // Applications over published missions is no share (often over 100 %): left empty.
          const comparable = previous !== undefined && previous[2] === unit;
          return [step, count, count === null || !comparable ? null : share(count, previous[1])];
        }),
      };
    },
  },
  delais: {
    part: 'timeToRelease',
    rows(numbers) {
      const times: Array<[string, Duration | null]> = [
        ['De la création à la publication', numbers.timeToPublication],
        ['De la publication à la première candidature', numbers.timeToFirstApplicant],
        ['Du dépôt à la libération du temps', numbers.timeToRelease],
        ['De la libération à l’acceptation', numbers.timeToAcceptance],
      ];
      return {
        header: ['etape', 'cas_mesures', 'mediane_heures', 'p90_heures'],
        rows: times.map(([step, time]) => [
          step,
          time?.count ?? null,
          time?.medianHours ?? null,
          time?.p90Hours ?? null,
        ]),
      };
    },
  },
  motifs: {
    part: 'closureReasons',
    rows(numbers, labels) {
      return {
        header: ['issue', 'motif', 'nombre'],
        rows: (numbers.closureReasons ?? []).map((row) => [
          labels.status.get(row.status) ?? row.status,
          row.reason === null ? '' : (labels.reason.get(row.reason) ?? row.reason),
          row.count,
        ]),
      };
    },
  },
  'heures-par-ministere': {
    part: 'hoursByMinistry',
    rows(numbers) {
      return {
        header: ['ministere_id', 'ministere', 'heures_donnees', 'heures_recues', 'solde'],
        rows: (numbers.hoursByMinistry ?? []).map((row) => [
          row.ministry?.id ?? '',
          row.ministry?.name ?? '',
          row.hoursGiven,
          row.hoursReceived,
          row.balance,
        ]),
      };
    },
  },
  competences: {
    part: 'skills',
    rows(numbers) {
      return {
        header: [
          'competence_id',
          'competence',
          'missions_demandeuses',
          'agents_declarants',
          'agents_disponibles',
        ],
        rows: numbers.skills.map((row) => [
          row.skill?.id ?? '',
          row.skill?.label ?? '',
          row.missionsDemanding,
          row.agentsOffering,
          row.agentsAvailable,
        ]),
      };
    },
  },
  'missions-sans-candidature': {
    part: 'missionsWithoutApplicants',
    rows(numbers) {
      const missions = numbers.missionsWithoutApplicants?.missions ?? [];
      return {
        header: ['mission_id', 'titre', 'publiee_le'],
        rows: missions.flatMap((mission) =>
          mission ? [[mission.id, mission.title, mission.publishedAt?.slice(0, 10) ?? null]] : [],
        ),
      };
    },
  },
};
