import { graphql } from '../gql';

export const MyApplicationsQuery = graphql(`
  query MyApplications {
    me {
      id
      applications {
        id
        status
        reason
        reasonText
        proposedHours
        motivation
        createdAt
        updatedAt
        timeline {
          status
          at
        }
        mission {
          id
          title
          kindLabel
          startDate
          endDate
          hostAdministration {
            id
            name
          }
        }
      }
    }
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($id: ID!, $reason: DecisionReason!, $reasonText: String) {
    withdrawApplication(id: $id, reason: $reason, reasonText: $reasonText) {
      id
      status
      reason
      reasonText
      updatedAt
    }
  }
`);

/** Status changes of the signed-in agent's applications, live (decisions of the manager and host). */
export const MyApplicationUpdatesSubscription = graphql(`
  subscription MyApplicationUpdates($after: String) {
    myApplicationUpdates(after: $after) {
      cursor
      status
      occurredAt
      application {
        id
        status
        reason
        reasonText
        updatedAt
      }
    }
  }
`);
