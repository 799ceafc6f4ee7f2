import { graphql } from '../gql';

/** Who is signed in: null for a visitor. */
export const SessionQuery = graphql(`
  query Session {
    me {
      id
      firstName
      displayName
      administration {
        id
        name
      }
    }
  }
`);
