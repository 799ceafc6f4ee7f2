import { graphql } from '../gql';

/** What a list of missions shows of each one (feed, recommendations, search). */
export const MissionSummaryFragment = graphql(`
  fragment MissionSummary on Mission {
    id
    title
    kindLabel
    domain
    effortHours
    startDate
    endDate
    applicationDeadline
    workMode
    location
    crisis
    status
    seatsRemaining
    hostAdministration {
      id
      name
      acronym
    }
  }
`);

/**
 * What a mission's own page shows of it (the agent's page, the moderation page, the host's editor):
 * its summary and the rest of its content, written once so that the three screens cannot drift.
 */
export const MissionContentFragment = graphql(`
  fragment MissionContent on Mission {
    ...MissionSummary
    description
    seats
    contact {
      id
      displayName
      jobTitle
    }
    requiredSkills {
      skill {
        id
        label
        familyLabel
      }
      minLevel
      essential
    }
    restrictedTo {
      id
      name
    }
  }
`);

/** Why a mission matches the agent: the score and its explanation. */
export const MatchExplanationFragment = graphql(`
  fragment MatchExplanation on MissionMatch {
    score
    skillsScore
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
`);

export const MissionQuery = graphql(`
  query Mission($id: ID!) {
    mission(id: $id) {
      ...MissionContent
      publishedAt
      applications {
        id
        status
        proposedHours
        createdAt
      }
    }
  }
`);

export const ApplyMutation = graphql(`
  mutation Apply($input: ApplyInput!) {
    apply(input: $input) {
      id
      status
      proposedHours
      createdAt
    }
  }
`);
