import { graphql } from '../gql';

export const SearchMissionsQuery = graphql(`
  query SearchMissions($filter: MissionFilter, $first: Int!, $after: String) {
    missions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MissionSummary
      }
    }
  }
`);

/** The choices of the search filters. */
export const SearchFacetsQuery = graphql(`
  query SearchFacets {
    ...Referentials
  }
`);
