import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { Skill } from './skill.types';

export enum CompletionResponse {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}
registerEnumType(CompletionResponse, {
  name: 'CompletionResponse',
  description: 'Réponse de l’agent aux heures réalisées que le porteur a enregistrées.',
  valuesConfig: {
    PENDING: { description: 'En attente de l’agent' },
    CONFIRMED: { description: 'Confirmées par l’agent' },
    DISPUTED: { description: 'Contestées par l’agent (avec un commentaire)' },
  },
});

export enum FeedbackSide {
  AGENT = 'AGENT',
  HOST = 'HOST',
}
registerEnumType(FeedbackSide, {
  name: 'FeedbackSide',
  description: 'Qui donne un retour sur une mission réalisée.',
  valuesConfig: {
    AGENT: { description: 'L’agent, sur la mission et l’accueil' },
    HOST: { description: 'L’administration d’accueil, sur la contribution de l’agent' },
  },
});

@ObjectType('MissionFeedback', { description: 'Retour d’une partie sur une mission réalisée.' })
export class MissionFeedback {
  @Field(() => FeedbackSide, { description: 'Partie qui donne ce retour.' })
  side!: FeedbackSide;

  @Field(() => Agent, { description: 'Personne qui l’a donné.' })
  author!: Agent;

  @Field(() => Int, { description: 'Note de 1 à 5.' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Commentaire.' })
  text!: string | null;

  @Field({ description: 'Date et heure du retour.' })
  createdAt!: Date;
}

@ObjectType('EndorsedSkill', {
  description:
    'Compétence que l’administration d’accueil a recommandée après la mission : elle figure dans le profil de l’agent comme preuve, et le rapprochement la compte davantage qu’une compétence seulement déclarée.',
})
export class EndorsedSkill {
  @Field(() => Skill, { description: 'Compétence recommandée.' })
  skill!: Skill;

  @Field(() => Agent, { description: 'Qui l’a recommandée pour l’administration d’accueil.' })
  endorsedBy!: Agent;

  @Field({ description: 'Date et heure de la recommandation.' })
  endorsedAt!: Date;
}

@ObjectType('Completion', {
  description:
    'Réalisation d’une mission : les heures effectuées que le porteur a enregistrées après la fin, la réponse de ' +
    'l’agent, les retours des deux côtés et l’attestation.',
})
export class Completion {
  @Field(() => Int, { description: 'Heures réalisées, enregistrées par le porteur.' })
  hoursSpent!: number;

  @Field(() => Agent, { nullable: true, description: 'Qui les a enregistrées.' })
  recordedBy!: Agent | null;

  @Field({ description: 'Date et heure de l’enregistrement.' })
  recordedAt!: Date;

  @Field(() => CompletionResponse, { description: 'Réponse de l’agent.' })
  agentResponse!: CompletionResponse;

  @Field(() => String, { nullable: true, description: 'Commentaire de l’agent (obligatoire s’il conteste).' })
  agentComment!: string | null;

  @Field(() => Date, { nullable: true, description: 'Date et heure de la réponse de l’agent.' })
  respondedAt!: Date | null;

  @Field(() => [MissionFeedback], { description: 'Retours des deux côtés (un par côté au plus).' })
  feedback!: MissionFeedback[];

  @Field(() => [EndorsedSkill], {
    description:
      'Compétences que l’administration d’accueil a recommandées (endorseSkills), par identifiant ; vide avant.',
  })
  endorsements!: EndorsedSkill[];

  @Field(() => String, {
    nullable: true,
    description:
      'Adresse du PDF de l’attestation de réalisation, une fois les heures confirmées par l’agent.',
  })
  certificateUrl!: string | null;
}
