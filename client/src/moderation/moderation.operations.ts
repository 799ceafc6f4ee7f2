import { graphql } from '../gql';

/** Missions awaiting moderation (the programme team sees every administration's). */
export const ModerationQueueQuery = graphql(`
  query ModerationQueue($after: String) {
    missions(first: 100, after: $after, filter: { statuses: [SUBMITTED] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        kindLabel
        status
        createdAt
        updatedAt
        startDate
        applicationDeadline
        effortHours
        hostAdministration {
          id
          name
          acronym
        }
      }
    }
  }
`);

/** Everything the programme team reads before publishing a mission. */
export const ModerationMissionQuery = graphql(`
  query ModerationMission($id: ID!) {
    mission(id: $id) {
      ...MissionContent
      createdAt
      updatedAt
    }
  }
`);

export const PublishMissionMutation = graphql(`
  mutation PublishMission($id: ID!) {
    publishMission(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const ReturnMissionToDraftMutation = graphql(`
  mutation ReturnMissionToDraft($id: ID!, $reason: String!) {
    returnMissionToDraft(id: $id, reason: $reason) {
      id
      status
      returnReason
    }
  }
`);
