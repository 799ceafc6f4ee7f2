import type { DemoData } from '@talents/demo';
import { PROGRAMME_NUMBERS_TABLES } from '../../gateway/src/exports/programme-numbers-tables';

/**
 * What the programme-numbers suites count their expectations with, independently of the SQL: the
 * ministry of an administration by walking the demo referential's parents, and the whole period
 * the demo covers (ten years at most, as the API allows).
 */
export function ministryOfIn(demo: DemoData): (administrationId: string) => string {
  return (administrationId) => {
    let current = demo.administrations.find((administration) => administration.id === administrationId);
    while (current?.parentId) {
      const parentId: string = current.parentId;
      current = demo.administrations.find((administration) => administration.id === parentId);
    }
    return current?.id ?? administrationId;
  };
}

export function wholeDemoPeriod(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  return { from: `${year - 8}-01-01`, to: `${year + 1}-12-31` };
}

/**
 * Every field of `ProgrammeNumbers`, with the names the gateway completes from profiles and missions:
 * the integration test's and the bench's query (bench/programme-numbers.bench.ts). The tables the CSV
 * export reads whole come from the export's own fragment.
 */
export const PROGRAMME_NUMBERS = /* GraphQL */ `
  query ($filter: ProgrammeNumbersFilter) {
    statsProgrammeNumbers(filter: $filter) {
      ...programmeNumbersTables
      id
      ministry {
        id
        name
      }
      kind
      missionFunnel {
        posted
        published
        awaitingModeration
        filled
        closed
        cancelled
      }
      applicationFunnel {
        applied
        applicants
        released
        accepted
        completed
        pending
      }
      missionsWithoutApplicants(first: 20) {
        count
        missions {
          id
          title
          status
          publishedAt
        }
      }
      skills(first: 100) {
        skill {
          id
          label
          family
        }
        missionsDemanding
        agentsOffering
        agentsAvailable
      }
    }
  }
  ${PROGRAMME_NUMBERS_TABLES}
`;
