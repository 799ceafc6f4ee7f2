import { graphql } from '../gql';

/** What the screen shows of an audit entry, whichever service's log it comes from. */
export const AuditEntryFields = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    actorKind
    actorId
    action
    entityType
    entityId
    subjectAgentId
    fields
    before
    after
  }
`);

export const AuditPageFields = graphql(`
  fragment AuditPageFields on AuditEntryPage {
    nodes {
      ...AuditEntryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

// One operation per service: each log is a non-null root field, so one service failing (or refusing)
// in a shared operation would take the others' entries with it.

export const ProfilesAuditLogQuery = graphql(`
  query ProfilesAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {
    log: profilesAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {
      ...AuditPageFields
    }
  }
`);

export const MissionsAuditLogQuery = graphql(`
  query MissionsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {
    log: missionsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {
      ...AuditPageFields
    }
  }
`);

export const ApprovalsAuditLogQuery = graphql(`
  query ApprovalsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {
    log: approvalsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {
      ...AuditPageFields
    }
  }
`);

/** The name of an actor or subject agent, as the programme team may read it. */
export const AuditAgentNameQuery = graphql(`
  query AuditAgentName($id: ID!) {
    agent(id: $id) {
      id
      displayName
    }
  }
`);
