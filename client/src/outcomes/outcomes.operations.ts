import { graphql } from '../gql';

/**
 * The agreement as its parties read it: the current version's terms and who acknowledged it, every
 * version with its acknowledgements, and the most hours spent the host may record.
 */
export const AgreementFieldsFragment = graphql(`
  fragment AgreementFields on Agreement {
    id
    applicationId
    version
    hours
    startDate
    endDate
    createdAt
    documentUrl
    acknowledgedByAll
    myParties
    agent {
      id
      displayName
    }
    releasedBy {
      id
      displayName
    }
    hostContact {
      id
      displayName
    }
    homeAdministration {
      id
      name
      acronym
    }
    hostAdministration {
      id
      name
      acronym
    }
    clauses {
      title
      text
    }
    acknowledgements {
      party
      acknowledgedAt
      agent {
        id
        displayName
      }
    }
    versions {
      version
      hours
      startDate
      endDate
      createdAt
      createdBy {
        id
        displayName
      }
      acknowledgements {
        party
        acknowledgedAt
        agent {
          id
          displayName
        }
      }
    }
    maxHoursSpent
  }
`);

/** The completion: hours spent, the agent's answer, both sides' feedback and the attestation. */
export const CompletionFieldsFragment = graphql(`
  fragment CompletionFields on Completion {
    hoursSpent
    recordedAt
    agentResponse
    agentComment
    respondedAt
    certificateUrl
    recordedBy {
      id
      displayName
    }
    feedback {
      side
      rating
      text
      createdAt
      author {
        id
        displayName
      }
    }
    endorsements {
      endorsedAt
      skill {
        id
        label
      }
      endorsedBy {
        id
        displayName
      }
    }
  }
`);

/** One application's outcomes: its agreement and, after the mission, its completion. */
export const ApplicationOutcomesQuery = graphql(`
  query ApplicationOutcomes($id: ID!) {
    application(id: $id) {
      id
      version
      status
      proposedHours
      approvedHours
      agent {
        id
        displayName
        skills {
          skill {
            id
            label
          }
        }
      }
      mission {
        id
        title
        kindLabel
        startDate
        endDate
        requiredSkills {
          skill {
            id
            label
          }
        }
      }
      agreement {
        ...AgreementFields
      }
      completion {
        ...CompletionFields
      }
    }
  }
`);

export const AcknowledgeAgreementMutation = graphql(`
  mutation AcknowledgeAgreement($id: ID!, $version: Int!) {
    acknowledgeAgreement(id: $id, version: $version) {
      ...AgreementFields
    }
  }
`);

export const AmendAgreementMutation = graphql(`
  mutation AmendAgreement($id: ID!, $expectedVersion: Int!, $input: AgreementAmendmentInput!) {
    amendAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...AgreementFields
    }
  }
`);

export const RecordCompletionMutation = graphql(`
  mutation RecordCompletion($id: ID!, $hoursSpent: Int!, $expectedVersion: Int) {
    recordCompletion(id: $id, hoursSpent: $hoursSpent, expectedVersion: $expectedVersion) {
      id
      version
      status
      completion {
        ...CompletionFields
      }
    }
  }
`);

export const RespondToCompletionMutation = graphql(`
  mutation RespondToCompletion($id: ID!, $confirmed: Boolean!, $comment: String) {
    respondToCompletion(id: $id, confirmed: $confirmed, comment: $comment) {
      ...CompletionFields
    }
  }
`);

export const GiveMissionFeedbackMutation = graphql(`
  mutation GiveMissionFeedback($id: ID!, $rating: Int!, $text: String) {
    giveMissionFeedback(id: $id, rating: $rating, text: $text) {
      ...CompletionFields
    }
  }
`);

/** The host endorses skills the agent showed, once the mission is completed (5 at most per mission). */
export const EndorseSkillsMutation = graphql(`
  mutation EndorseSkills($id: ID!, $skillIds: [ID!]!) {
    endorseSkills(id: $id, skillIds: $skillIds) {
      ...CompletionFields
    }
  }
`);

/** The skills referential, for an endorsement beyond the mission's and the agent's skills. */
export const EndorsableSkillsQuery = graphql(`
  query EndorsableSkills {
    skills {
      id
      label
      familyLabel
    }
  }
`);
