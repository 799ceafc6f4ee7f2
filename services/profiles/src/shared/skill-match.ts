import { registerEnumType } from 'type-graphql';

/**
 * Also defined, identically, by the missions subgraph: composition merges value types only when
 * every definition matches, descriptions included.
 */
export enum SkillMatch {
  ANY = 'ANY',
  ALL = 'ALL',
}
registerEnumType(SkillMatch, {
  name: 'SkillMatch',
  description: 'Mode de correspondance des compétences demandées.',
  valuesConfig: {
    ANY: { description: 'Au moins une des compétences' },
    ALL: { description: 'Toutes les compétences' },
  },
});
