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
