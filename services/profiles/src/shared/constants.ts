/** The subgraph's name in the supergraph, which is also the PostgreSQL schema it owns. */
export const PROFILES_SCHEMA = 'profiles';
