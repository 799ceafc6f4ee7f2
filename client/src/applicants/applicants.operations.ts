import { graphql } from '../gql';

/** « Candidatures reçues »: the host administration's missions that can have applicants. */
export const HostedMissionsQuery = graphql(`
  query HostedMissions($administrationId: ID!) {
    missions(
      first: 100
      filter: { hostAdministrationId: $administrationId, statuses: [PUBLISHED, FILLED, CLOSED] }
    ) {
      nodes {
        id
        title
        kindLabel
        status
        startDate
        endDate
        seats
        seatsRemaining
        applications {
          id
          status
        }
      }
    }
  }
`);

/** One mission's applicants, and the matching explanation profiles gives for its suggested agents. */
export const MissionApplicantsQuery = graphql(`
  query MissionApplicants($id: ID!) {
    mission(id: $id) {
      id
      title
      kindLabel
      status
      startDate
      endDate
      effortHours
      seats
      seatsRemaining
      hostAdministration {
        id
        name
        acronym
      }
      applications {
        id
        version
        status
        proposedHours
        approvedHours
        beyondBudget
        motivation
        reason
        reasonText
        createdAt
        updatedAt
        agent {
          ...ApplicantIdentity
        }
      }
      suggestedAgents(first: 50) {
        agent {
          id
        }
        score
        availabilityScore
        workModeScore
        met {
          id
          label
        }
        partlyMet {
          id
          label
        }
        missing {
          id
          label
        }
        endorsed {
          id
          label
        }
      }
    }
  }
`);

export const AcceptApplicationMutation = graphql(`
  mutation AcceptApplication($id: ID!, $expectedVersion: Int) {
    acceptApplication(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);

export const DeclineApplicationMutation = graphql(`
  mutation DeclineApplication(
    $id: ID!
    $reason: DecisionReason!
    $reasonText: String
    $expectedVersion: Int
  ) {
    declineApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {
      ...ApplicationDecision
    }
  }
`);
