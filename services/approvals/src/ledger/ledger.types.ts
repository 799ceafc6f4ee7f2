import { PageInfo } from '@talents/common';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Administration } from '../agreement/administration.types';

export enum CreditEntryKind {
  COMPLETION = 'COMPLETION',
  CORRECTION = 'CORRECTION',
}
registerEnumType(CreditEntryKind, {
  name: 'CreditEntryKind',
  description: 'Origine d’une écriture du crédit virtuel.',
  valuesConfig: {
    COMPLETION: { description: 'Heures réalisées d’une mission, confirmées par l’agent' },
    CORRECTION: {
      description: 'Correction par l’équipe du programme (une nouvelle écriture, jamais une modification)',
    },
  },
});

@ObjectType('CreditEntry', {
  description:
    'Écriture du crédit virtuel : des heures données par une administration d’origine et reçues par une administration d’accueil.',
})
export class CreditEntry {
  @Field(() => ID, { description: 'Identifiant de l’écriture (UUID).' })
  id!: string;

  @Field(() => ID, { description: 'Candidature dont la mission a donné ces heures.' })
  applicationId!: string;

  @Field(() => Int, { description: 'Année civile des heures.' })
  year!: number;

  @Field(() => Administration, { description: 'Administration d’origine, qui a donné le temps.' })
  giver!: Administration;

  @Field(() => Administration, { description: 'Administration d’accueil, qui l’a reçu.' })
  receiver!: Administration;

  @Field(() => Int, { description: 'Heures (négatives pour une correction à la baisse).' })
  hours!: number;

  @Field(() => CreditEntryKind, { description: 'Origine de l’écriture.' })
  kind!: CreditEntryKind;

  @Field(() => String, { nullable: true, description: 'Motif d’une correction.' })
  reason!: string | null;

  @Field({ description: 'Date et heure de l’écriture.' })
  createdAt!: Date;
}

@ObjectType('CreditEntryConnection', {
  description: 'Une page d’écritures du crédit virtuel, des plus anciennes aux plus récentes.',
})
export class CreditEntryConnection {
  @Field(() => [CreditEntry], { description: 'Les écritures de la page.' })
  nodes!: CreditEntry[];

  @Field(() => PageInfo, { description: 'Informations de pagination.' })
  pageInfo!: PageInfo;
}

@ObjectType('CreditBalance', {
  description:
    'Solde du crédit virtuel d’une administration pour une année : heures données, reçues, et leur différence.',
})
export class CreditBalance {
  @Field(() => Administration, { description: 'L’administration.' })
  administration!: Administration;

  @Field(() => Administration, {
    description:
      'Son ministère (elle-même pour un ministère) ; les heures par ministère : `statsProgrammeNumbers`.',
  })
  ministry!: Administration;

  @Field(() => Int, { description: 'Année civile.' })
  year!: number;

  @Field(() => Int, { description: 'Heures données (ses agents, en mission ailleurs).' })
  hoursGiven!: number;

  @Field(() => Int, { description: 'Heures reçues (les missions qu’elle a accueillies).' })
  hoursReceived!: number;

  @Field(() => Int, { description: 'Heures données moins heures reçues : son crédit.' })
  balance!: number;
}
