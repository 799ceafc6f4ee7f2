import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { Mission } from '../mission/mission.types';
import { Administration } from './administration.types';

export enum AgreementParty {
  AGENT = 'AGENT',
  HOME = 'HOME',
  HOST = 'HOST',
}
registerEnumType(AgreementParty, {
  name: 'AgreementParty',
  description: 'Partie à une convention de mission.',
  valuesConfig: {
    AGENT: { description: 'L’agent qui réalise la mission' },
    HOME: { description: 'L’administration d’origine, par le supérieur hiérarchique qui a libéré le temps' },
    HOST: { description: 'L’administration d’accueil, par un référent ou le contact de la mission' },
  },
});

@ObjectType('AgreementClause', { description: 'Clause d’une convention de mission.' })
export class AgreementClause {
  @Field({ description: 'Titre de la clause.' })
  title!: string;

  @Field({ description: 'Texte de la clause, en français.' })
  text!: string;
}

@ObjectType('AgreementAcknowledgement', {
  description: 'Prise en compte de la version en cours d’une convention par une de ses parties.',
})
export class AgreementAcknowledgement {
  @Field(() => AgreementParty, { description: 'Partie qui a pris en compte la convention.' })
  party!: AgreementParty;

  @Field(() => Agent, { description: 'Personne qui l’a fait, pour cette partie.' })
  agent!: Agent;

  @Field({ description: 'Date et heure de la prise en compte.' })
  acknowledgedAt!: Date;
}

@ObjectType('AgreementVersion', {
  description:
    'Une version d’une convention : ses heures, ses dates, qui l’a faite et qui l’a prise en compte.',
})
export class AgreementVersion {
  @Field(() => Int, { description: 'Numéro de la version (1 à la création).' })
  version!: number;

  @Field(() => Int, { description: 'Heures convenues dans cette version.' })
  hours!: number;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Premier jour de la mission dans cette version.',
  })
  startDate!: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Dernier jour de la mission dans cette version.',
  })
  endDate!: string | null;

  @Field(() => Agent, {
    nullable: true,
    description:
      'Personne qui a fait cette version (pour la version 1, qui a accepté la candidature) ; null si inconnue.',
  })
  createdBy!: Agent | null;

  @Field({ description: 'Date et heure de la version.' })
  createdAt!: Date;

  @Field(() => [AgreementAcknowledgement], { description: 'Prises en compte de cette version, par partie.' })
  acknowledgements!: AgreementAcknowledgement[];
}

@ObjectType('Agreement', {
  description:
    'Convention de mission entre l’agent, son administration d’origine et l’administration d’accueil, créée quand ' +
    'le porteur accepte la candidature. Versionnée : un changement d’heures ou de dates en fait une nouvelle ' +
    'version, que chaque partie prend en compte à nouveau. Visible des parties et de l’équipe du programme.',
})
export class Agreement {
  @Field(() => ID, { description: 'Identifiant de la convention (UUID).' })
  id!: string;

  @Field(() => ID, { description: 'Candidature acceptée dont la convention découle.' })
  applicationId!: string;

  @Field(() => Int, { description: 'Version en cours (à partir de 1).' })
  version!: number;

  @Field(() => Int, { description: 'Heures convenues.' })
  hours!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Premier jour de la mission.' })
  startDate!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Dernier jour de la mission.' })
  endDate!: string | null;

  @Field(() => Mission, { description: 'La mission.' })
  mission!: Mission;

  @Field(() => Agent, { description: 'L’agent qui réalise la mission.' })
  agent!: Agent;

  @Field(() => Administration, { nullable: true, description: 'Administration d’origine de l’agent.' })
  homeAdministration!: Administration | null;

  @Field(() => Agent, {
    nullable: true,
    description: 'Personne qui a libéré le temps de l’agent, pour l’administration d’origine.',
  })
  releasedBy!: Agent | null;

  @Field(() => Administration, { nullable: true, description: 'Administration d’accueil.' })
  hostAdministration!: Administration | null;

  @Field(() => Agent, {
    nullable: true,
    description: 'Contact de la mission, pour l’administration d’accueil.',
  })
  hostContact!: Agent | null;

  @Field(() => [AgreementClause], { description: 'Clauses de la convention.' })
  clauses!: AgreementClause[];

  @Field(() => [AgreementAcknowledgement], {
    description: 'Prises en compte de la version en cours, par partie.',
  })
  acknowledgements!: AgreementAcknowledgement[];

  @Field({ description: 'Vrai quand les trois parties ont pris en compte la version en cours.' })
  acknowledgedByAll!: boolean;

  @Field(() => [AgreementParty], {
    description: 'Parties au titre desquelles la personne connectée peut prendre en compte la convention.',
  })
  myParties!: AgreementParty[];

  @Field({
    description:
      'Adresse du PDF de la convention (version en cours), pour ses parties et l’équipe du programme.',
  })
  documentUrl!: string;

  @Field({ description: 'Date et heure de création de la convention.' })
  createdAt!: Date;

  @Field(() => [AgreementVersion], {
    description: 'Toutes les versions, la plus récente d’abord, chacune avec ses prises en compte.',
  })
  versions!: AgreementVersion[];

  @Field(() => Int, {
    description:
      'Heures réalisées que le porteur peut enregistrer au plus : les heures convenues plus la marge ' +
      '(COMPLETION_TOLERANCE_PERCENT).',
  })
  maxHoursSpent!: number;
}

@InputType('AgreementAmendmentInput', {
  description: 'Changement d’une convention : les champs absents gardent leur valeur.',
})
export class AgreementAmendmentInput {
  @Field(() => Int, { nullable: true, description: 'Heures convenues (1 à 1 607).' })
  hours?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Premier jour de la mission.' })
  startDate?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Dernier jour de la mission.' })
  endDate?: string | null;
}
