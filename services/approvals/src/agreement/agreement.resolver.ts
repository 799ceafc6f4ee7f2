import type { RequestContext } from '@talents/common';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Application } from '../application/application.types';
import {
  acknowledgeAgreement,
  agreementOf,
  agreementOfApplication,
  amendAgreement,
} from './agreement.service';
import { Agreement, AgreementAmendmentInput } from './agreement.types';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, {
    nullable: true,
    description:
      'Une convention de mission, pour ses parties et l’équipe du programme ; pour tout autre, NOT_FOUND ' +
      '(UNAUTHENTICATED sans connexion).',
  })
  agreement(
    @Arg('id', () => ID, { description: 'Identifiant de la convention (UUID).' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Agreement> {
    return agreementOf(ctx, id);
  }

  @Authorized()
  @Mutation(() => Agreement, {
    description:
      'Prend en compte la version en cours d’une convention, pour chaque partie au titre de laquelle la personne ' +
      'connectée agit ; tracé. Version lue périmée : CONFLICT (champ `version`) ; personne qui n’est pas partie : ' +
      'FORBIDDEN. Une seconde fois : rien de plus.',
  })
  acknowledgeAgreement(
    @Arg('id', () => ID, { description: 'Identifiant de la convention (UUID).' }) id: string,
    @Arg('version', () => Int, { description: 'Version lue, que la personne prend en compte.' })
    version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Agreement> {
    return acknowledgeAgreement(ctx, id, version);
  }

  @Authorized()
  @Mutation(() => Agreement, {
    description:
      'Change les heures ou les dates d’une convention (administration d’accueil ou équipe du programme) : une ' +
      'nouvelle version, que chaque partie prend en compte à nouveau ; les heures engagées dans le budget de ' +
      'l’agent suivent (CONFLICT au-delà du budget sans dérogation). Version périmée : CONFLICT (champ ' +
      '`expectedVersion`).',
  })
  amendAgreement(
    @Arg('id', () => ID, { description: 'Identifiant de la convention (UUID).' }) id: string,
    @Arg('input', () => AgreementAmendmentInput, { description: 'Ce qui change.' })
    input: AgreementAmendmentInput,
    @Arg('expectedVersion', () => Int, { description: 'Version lue, à modifier.' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Agreement> {
    return amendAgreement(ctx, id, input, expectedVersion);
  }
}

@Resolver(() => Application)
export class ApplicationAgreementResolver {
  @FieldResolver(() => Agreement, {
    nullable: true,
    description:
      'Convention de mission de cette candidature, une fois acceptée (null avant) ; pour ses parties et l’équipe ' +
      'du programme, sinon null avec une erreur FORBIDDEN.',
  })
  agreement(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Agreement | null> {
    return agreementOfApplication(ctx, application.id);
  }
}
