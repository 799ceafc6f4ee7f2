import { MISSION_DESCRIPTIONS, requiredSkillType, WorkMode } from '@talents/common';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Administration } from '../administration/administration.types';
import { Agent } from '../agent/agent.types';
import { Skill } from '../skill/skill.types';

/** A required skill of a mission, as missions defines it: profiles never resolves it. */
export const RequiredSkill = requiredSkillType(Skill);

/**
 * Stub of the Mission owned by the missions subgraph. Its requirements belong to missions: the
 * gateway fetches them there and hands them over in the `_entities` representation (`@requires`),
 * so that `suggestedAgents` ranks agents here without reading the missions tables. The external
 * fields are whatever the representation carries: nothing here vouches for them.
 */
@Directive('@key(fields: "id")')
@ObjectType('Mission', { description: MISSION_DESCRIPTIONS.type })
export class Mission {
  @Field(() => ID, { description: MISSION_DESCRIPTIONS.id })
  id!: string;

  @Directive('@external')
  @Field(() => [RequiredSkill], { description: 'Compétences demandées, les plus importantes d’abord.' })
  requiredSkills?: unknown;

  @Directive('@external')
  @Field(() => GraphQLLocalDate, { description: 'Date de début de la mission.' })
  startDate?: unknown;

  @Directive('@external')
  @Field(() => GraphQLLocalDate, { description: 'Date de fin (au plus 12 mois après le début).' })
  endDate?: unknown;

  @Directive('@external')
  @Field(() => Int, { description: 'Effort attendu, en heures (de 1 à 105, soit 15 jours ouvrés).' })
  effortHours?: unknown;

  @Directive('@external')
  @Field(() => WorkMode, { description: 'Modalité de travail.' })
  workMode?: unknown;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'Lieu d’exercice, s’il y en a un.' })
  location?: unknown;

  @Directive('@external')
  @Field(() => Administration, {
    nullable: true,
    description:
      'Administration qui accueille la mission ; null, avec une erreur SERVICE_UNAVAILABLE, si le service des profils ne répond pas.',
  })
  hostAdministration?: unknown;

  @Directive('@external')
  @Field(() => [Administration], {
    nullable: true,
    description:
      'Administrations auxquelles la mission est réservée ; liste vide : ouverte à toutes ; null si le service des profils ne répond pas.',
  })
  restrictedTo?: unknown;
}

@ObjectType('AgentSuggestion', {
  description:
    'Agent suggéré pour une mission, avec son score de rapprochement et ce qui l’explique : compétences satisfaites, partiellement satisfaites ou manquantes, disponibilité et modalité de travail.',
})
export class AgentSuggestion {
  @Field(() => Agent, { description: 'Agent suggéré.' })
  agent!: Agent;

  @Field(() => Float, {
    description:
      'Score de rapprochement entre 0 et 1 (arrondi au millième) : compétences × (0,6 + 0,25 × disponibilité + 0,15 × modalité de travail) ; une compétence recommandée compte pleinement, une compétence seulement déclarée pour 90 %.',
  })
  score!: number;

  @Field(() => [Skill], {
    description: 'Compétences demandées que l’agent détient au niveau minimal attendu ou au-delà.',
  })
  met!: Skill[];

  @Field(() => [Skill], {
    description: 'Compétences demandées que l’agent détient, mais sous le niveau minimal attendu.',
  })
  partlyMet!: Skill[];

  @Field(() => [Skill], { description: 'Compétences demandées que l’agent ne détient pas.' })
  missing!: Skill[];

  @Field(() => [Skill], {
    description:
      'Compétences demandées que des administrations d’accueil ont recommandées chez l’agent après des missions réalisées : elles comptent pleinement, une compétence seulement déclarée pour 90 %.',
  })
  endorsed!: Skill[];

  @Field(() => Float, {
    description:
      'Part de l’effort de la mission que l’agent peut offrir sur la période où sa disponibilité recouvre la mission, de 0 à 1.',
  })
  availabilityScore!: number;

  @Field(() => Float, {
    description:
      'Adéquation de la modalité de travail et du lieu, de 0 à 1 : 1 pour une mission à distance ou dans la ville de l’agent (0,5 sur site pour un agent qui ne travaille qu’à distance) ; ailleurs, 0,5 pour une mission mixte et 0,25 sur site.',
  })
  workModeScore!: number;
}
