/**
 * What a mission's card shows, from the three subgraphs: three entity types of profiles under one
 * mission, which @apollo/gateway's planner fetches in parallel (the bench's and the speed tests' case).
 */
export const MISSION_CARD = /* GraphQL */ `
  fragment MissionCard on Mission {
    title
    hostAdministration {
      name
    }
    contact {
      displayName
    }
    requiredSkills {
      skill {
        label
        family
      }
      minLevel
    }
    seatsRemaining
  }
`;
