import { graphql } from '../gql';

/** Who applies, as the manager who releases their time and the host who accepts them see them. */
export const ApplicantIdentityFragment = graphql(`
  fragment ApplicantIdentity on Agent {
    id
    displayName
    jobTitle
    administration {
      id
      name
      acronym
    }
  }
`);

/** One request of the manager's inbox: who asks, for what, and what is left of their budget. */
export const ApprovalRequestFragment = graphql(`
  fragment ApprovalRequestItem on ApprovalRequest {
    hoursAsked
    budgetYear
    remainingHours
    programmeQueue
    deadline
    onBehalfOf {
      id
      displayName
    }
    application {
      id
      version
      status
      proposedHours
      motivation
      createdAt
    }
    agent {
      ...ApplicantIdentity
    }
    mission {
      id
      title
      kindLabel
      startDate
      endDate
      applicationDeadline
      hostAdministration {
        id
        name
        acronym
      }
    }
  }
`);

/** « Demandes à valider »: the requests awaiting the signed-in manager (or the programme team). */
export const ApprovalInboxQuery = graphql(`
  query ApprovalInbox {
    me {
      id
      approvalInbox {
        ...ApprovalRequestItem
      }
    }
  }
`);

/** Each change of a report's application, live: the inbox is read again on each. */
export const ApprovalInboxUpdatesSubscription = graphql(`
  subscription ApprovalInboxUpdates($after: String) {
    approvalInboxUpdates(after: $after) {
      cursor
      status
      occurredAt
      application {
        id
        status
        version
      }
    }
  }
`);

export const ApproveApplicationMutation = graphql(`
  mutation ApproveApplication($id: ID!, $expectedVersion: Int, $hours: Int, $beyondBudget: Boolean) {
    approveApplication(
      id: $id
      expectedVersion: $expectedVersion
      hours: $hours
      beyondBudget: $beyondBudget
    ) {
      id
      version
      status
      approvedHours
      beyondBudget
    }
  }
`);

/** What a refusal or a decline changes of the application: the screens show its status and reason. */
export const ApplicationDecisionFragment = graphql(`
  fragment ApplicationDecision on Application {
    id
    version
    status
    reason
    reasonText
  }
`);

export const RefuseApplicationMutation = graphql(`
  mutation RefuseApplication($id: ID!, $reason: DecisionReason!, $reasonText: String, $expectedVersion: Int) {
    refuseApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {
      ...ApplicationDecision
    }
  }
`);

export const TimeBudgetFragment = graphql(`
  fragment TimeBudgetFigures on TimeBudget {
    agentId
    year
    annualHours
    committedHours
    remainingHours
    customised
  }
`);

export const SetTimeBudgetMutation = graphql(`
  mutation SetTimeBudget($agentId: ID!, $year: Int!, $hours: Int!) {
    setTimeBudget(agentId: $agentId, year: $year, hours: $hours) {
      ...TimeBudgetFigures
    }
  }
`);

/** The delegations the signed-in agent gave (as manager) or received (as deputy), running or to come. */
export const MyDelegationsQuery = graphql(`
  query MyDelegations {
    me {
      id
      approvalDelegations {
        id
        from
        until
        revokedAt
        manager {
          id
          displayName
        }
        deputy {
          id
          displayName
        }
      }
    }
  }
`);

/** Who may stand in: the manager's administration's agents, as the directory lists them. */
export const DeputyCandidatesQuery = graphql(`
  query DeputyCandidates($administrationId: ID!) {
    agents(first: 100, filter: { administrationId: $administrationId }) {
      nodes {
        id
        displayName
        jobTitle
      }
    }
  }
`);

export const DelegateApprovalsMutation = graphql(`
  mutation DelegateApprovals($deputyAgentId: ID!, $from: LocalDate!, $until: LocalDate!) {
    delegateApprovals(deputyAgentId: $deputyAgentId, from: $from, until: $until) {
      id
      from
      until
    }
  }
`);

export const RevokeDelegationMutation = graphql(`
  mutation RevokeDelegation($id: ID!) {
    revokeDelegation(id: $id) {
      id
      revokedAt
    }
  }
`);

/** The programme team hands a request of its queue to another approver. */
export const ReassignApprovalRequestMutation = graphql(`
  mutation ReassignApprovalRequest($applicationId: ID!, $approverAgentId: ID!) {
    reassignApprovalRequest(applicationId: $applicationId, approverAgentId: $approverAgentId) {
      id
      version
      status
    }
  }
`);
