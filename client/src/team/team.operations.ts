import { graphql } from '../gql';

/** One application as the team screen lists it: the mission, its dates and the hours at stake. */
export const TeamApplicationFragment = graphql(`
  fragment TeamApplication on Application {
    id
    status
    proposedHours
    approvedHours
    deadline
    mission {
      id
      title
      startDate
      endDate
      hostAdministration {
        id
        name
        acronym
      }
    }
  }
`);

/** « Mon équipe »: the agents the signed-in manager supervises, with their budgets for a year. */
export const MyTeamQuery = graphql(`
  query MyTeam($year: Int!) {
    me {
      id
      administration {
        id
        name
        acronym
      }
      team(year: $year) {
        agent {
          id
          displayName
          jobTitle
        }
        budget {
          ...TimeBudgetFigures
        }
        pendingHours
        pendingApplications {
          ...TeamApplication
        }
        currentMissions {
          ...TeamApplication
        }
        upcomingMissions {
          ...TeamApplication
        }
      }
    }
  }
`);

/** The virtual-credit balance of the manager's administration for a year. */
export const AdministrationCreditQuery = graphql(`
  query AdministrationCredit($year: Int!, $administrationId: ID!) {
    statsCreditBalances(year: $year, administrationId: $administrationId) {
      year
      hoursGiven
      hoursReceived
      balance
      administration {
        id
        name
        acronym
      }
    }
  }
`);
