import { graphql } from '../gql';

/** The referentials a form picks from (skills by family, administrations), as both pickers need them. */
export const ReferentialsFragment = graphql(`
  fragment Referentials on Query {
    skills {
      id
      label
      familyLabel
    }
    administrations {
      id
      name
      acronym
    }
  }
`);
