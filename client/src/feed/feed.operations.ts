import { graphql } from '../gql';

/** The live feed: missions published from now on (or after `after`) that match the signed-in agent. */
export const MissionMatchesSubscription = graphql(`
  subscription MissionMatches($minScore: Float!, $after: String) {
    missionMatches(minScore: $minScore, after: $after) {
      cursor
      ...MatchExplanation
      mission {
        ...MissionSummary
      }
    }
  }
`);

export const RecommendedMissionsQuery = graphql(`
  query RecommendedMissions($first: Int!, $minScore: Float!) {
    me {
      id
      recommendedMissions(first: $first, minScore: $minScore) {
        ...MatchExplanation
        mission {
          ...MissionSummary
        }
      }
    }
  }
`);
