import { graphql } from '../gql';

/** What « Mes missions » shows of each mission of the host's administration. */
export const HostMissionsQuery = graphql(`
  query HostMissions($administrationId: ID!) {
    missions(
      first: 100
      filter: {
        hostAdministrationId: $administrationId
        statuses: [DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, CANCELLED]
      }
    ) {
      totalCount
      nodes {
        id
        title
        kind
        kindLabel
        status
        effortHours
        startDate
        endDate
        applicationDeadline
        seats
        seatsRemaining
        returnReason
        createdAt
        updatedAt
        publishedAt
      }
    }
  }
`);

/** The referentials the mission form picks from. */
export const MissionFormOptionsQuery = graphql(`
  query MissionFormOptions {
    ...Referentials
  }
`);

/** Who may be the mission's contact: the host administration's agents (the directory's rules apply). */
export const AdministrationAgentsQuery = graphql(`
  query AdministrationAgents($administrationId: ID!) {
    agents(first: 100, filter: { administrationId: $administrationId }) {
      nodes {
        id
        displayName
        jobTitle
      }
    }
  }
`);

/** A mission's full content, to edit it or start a new draft from it. */
export const EditableMissionQuery = graphql(`
  query EditableMission($id: ID!) {
    mission(id: $id) {
      ...MissionContent
      version
      kind
      returnReason
    }
  }
`);

export const CreateMissionMutation = graphql(`
  mutation CreateMission($input: MissionInput!, $idempotencyKey: String) {
    createMission(input: $input, idempotencyKey: $idempotencyKey) {
      id
      status
      version
    }
  }
`);

export const UpdateMissionMutation = graphql(`
  mutation UpdateMission($id: ID!, $input: MissionInput!, $expectedVersion: Int) {
    updateMission(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      status
      version
      updatedAt
    }
  }
`);

export const SubmitMissionMutation = graphql(`
  mutation SubmitMission($id: ID!) {
    submitMission(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const CancelMissionMutation = graphql(`
  mutation CancelMission($id: ID!) {
    cancelMission(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const CloseMissionMutation = graphql(`
  mutation CloseMission($id: ID!) {
    closeMission(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const MarkMissionFilledMutation = graphql(`
  mutation MarkMissionFilled($id: ID!) {
    markMissionFilled(id: $id) {
      id
      status
      updatedAt
    }
  }
`);
