import { graphql } from '../gql';

/** Count, median and 90th percentile of one of the programme's delays. */
export const DurationFiguresFragment = graphql(`
  fragment DurationFigures on DurationStats {
    count
    medianHours
    p90Hours
  }
`);

/**
 * « Chiffres du programme »: every table of the screen for one scope (period, host ministry,
 * mission kind). Parts computed by approvals are nullable: with that service down, the rest stays.
 */
export const ProgrammeNumbersQuery = graphql(`
  query ProgrammeNumbers($filter: ProgrammeNumbersFilter) {
    statsProgrammeNumbers(filter: $filter) {
      id
      from
      to
      ministry {
        id
        name
        acronym
      }
      kind
      missionFunnel {
        posted
        published
      }
      applicationFunnel {
        applied
        applicants
        released
        accepted
        completed
      }
      timeToPublication {
        ...DurationFigures
      }
      timeToFirstApplicant {
        ...DurationFigures
      }
      timeToRelease {
        ...DurationFigures
      }
      timeToAcceptance {
        ...DurationFigures
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
          acronym
        }
        hoursGiven
        hoursReceived
        balance
      }
      skills(first: 15) {
        skill {
          id
          label
        }
        missionsDemanding
        agentsOffering
        agentsAvailable
      }
      missionsWithoutApplicants(first: 20) {
        count
        missions {
          id
          title
          publishedAt
          hostAdministration {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

/** The ministries the numbers can be narrowed to (administrations of kind MINISTRY). */
export const NumbersMinistriesQuery = graphql(`
  query NumbersMinistries {
    administrations {
      id
      name
      acronym
      kind
    }
  }
`);
