import type { RequestContext } from '@talents/common';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { transitionApplication } from '../application/application.transitions';
import { Application } from '../application/application.types';
import { completionOf, giveMissionFeedback, respondToCompletion } from './completion.service';
import { Completion } from './completion.types';
import { endorseSkills } from './endorsement.service';
import { MAX_ENDORSEMENTS_PER_APPLICATION } from './endorsement.rules';

@Resolver(() => Application)
export class ApplicationCompletionResolver {
  @FieldResolver(() => Completion, {
    nullable: true,
    description: 'Réalisation de la mission, une fois enregistrée par le porteur (null avant).',
  })
  completion(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Completion | null> {
    return completionOf(ctx, application.id);
  }
}

@Resolver(() => Completion)
export class CompletionResolver {
  @Authorized()
  @Mutation(() => Application, {
    description:
      'Enregistre la réalisation d’une mission acceptée, après sa fin : les heures effectivement réalisées (de 1 ' +
      'aux heures convenues plus COMPLETION_TOLERANCE_PERCENT %). La candidature passe « réalisée » ; l’agent ' +
      'confirme ou conteste. Réservé à l’administration d’accueil (référents, contact de la mission).',
  })
  recordCompletion(
    @Arg('id', () => ID, { description: 'Identifiant de la candidature (UUID).' }) id: string,
    @Arg('hoursSpent', () => Int, { description: 'Heures effectivement réalisées.' }) hoursSpent: number,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'Version lue de la candidature.' })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Application> {
    return transitionApplication(ctx, 'complete', id, { hoursSpent, expectedVersion });
  }

  @Authorized()
  @Mutation(() => Completion, {
    description:
      'L’agent confirme les heures réalisées enregistrées par le porteur (`confirmed: true`), ou les conteste avec ' +
      'un commentaire obligatoire ; une seule fois.',
  })
  respondToCompletion(
    @Arg('id', () => ID, { description: 'Identifiant de la candidature (UUID).' }) id: string,
    @Arg('confirmed', { description: 'Vrai : il confirme ; faux : il conteste.' }) confirmed: boolean,
    @Arg('comment', () => String, {
      nullable: true,
      description: 'Commentaire (obligatoire pour contester).',
    })
    comment: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Completion> {
    return respondToCompletion(ctx, id, confirmed, comment);
  }

  @Authorized()
  @Mutation(() => Completion, {
    description:
      'Retour sur une mission réalisée : une note de 1 à 5 et un commentaire, une fois par côté (l’agent ; ' +
      'l’administration d’accueil).',
  })
  giveMissionFeedback(
    @Arg('id', () => ID, { description: 'Identifiant de la candidature (UUID).' }) id: string,
    @Arg('rating', () => Int, { description: 'Note de 1 à 5.' }) rating: number,
    @Arg('text', () => String, { nullable: true, description: 'Commentaire (2 000 caractères au plus).' })
    text: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Completion> {
    return giveMissionFeedback(ctx, id, rating, text);
  }

  @Authorized()
  @Mutation(() => Completion, {
    description:
      'L’administration d’accueil (référents, contact de la mission) recommande des compétences que l’agent a ' +
      'montrées, une fois la réalisation enregistrée : des compétences du référentiel, ' +
      `${MAX_ENDORSEMENTS_PER_APPLICATION} au plus par mission. Recommander deux fois la même compétence pour ` +
      'une mission n’en fait qu’une recommandation. Elles apparaissent dans le profil de l’agent et comptent ' +
      'davantage qu’une compétence seulement déclarée dans le rapprochement.',
  })
  endorseSkills(
    @Arg('id', () => ID, { description: 'Identifiant de la candidature réalisée (UUID).' }) id: string,
    @Arg('skillIds', () => [ID], { description: 'Compétences recommandées (identifiants du référentiel).' })
    skillIds: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<Completion> {
    return endorseSkills(ctx, id, skillIds);
  }
}
