/**
 * The missions of the foundation issue's cross-subgraph query, with what the three subgraphs give
 * each: the bench sends it as it stands (bench/gateway-query.bench.ts); the integration test
 * (test/integration/gateway.test.ts) adds the ids it checks every value against.
 */
export const FOUNDATION_MISSION = /* GraphQL */ `
  fragment foundationMission on Mission {
    title
    hostAdministration {
      name
    }
    contact {
      displayName
      skills {
        skill {
          label
        }
        level
      }
    }
    requiredSkills {
      skill {
        label
        family
      }
      minLevel
    }
    applications {
      agent {
        displayName
      }
      status
    }
    seatsRemaining
  }
`;
