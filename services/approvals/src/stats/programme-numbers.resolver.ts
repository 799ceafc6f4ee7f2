import {
  checkProgrammeNumbersReader,
  decodeProgrammeScope,
  DurationStats,
  type RequestContext,
} from '@talents/common';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { openDataRows } from './open-data.service';
import { ProgrammeOpenDataRow } from './open-data.types';
import {
  applicationFiguresOf,
  closureReasonsOf,
  hoursByMinistryOf,
  missionsWithoutApplicantsOf,
  timeToFirstApplicantOf,
} from './programme-numbers.service';
import {
  ApplicationFunnel,
  ClosureReasonCount,
  MinistryHours,
  MissionsWithoutApplicants,
  ProgrammeNumbers,
} from './programme-numbers.types';

@Resolver(() => ProgrammeNumbers)
export class ProgrammeNumbersResolver {
  @FieldResolver(() => ApplicationFunnel)
  async applicationFunnel(
    @Root() numbers: ProgrammeNumbers,
    @Ctx() ctx: RequestContext,
  ): Promise<ApplicationFunnel> {
    return (await applicationFiguresOf(ctx, numbers)).funnel;
  }

  @FieldResolver(() => DurationStats)
  async timeToRelease(@Root() numbers: ProgrammeNumbers, @Ctx() ctx: RequestContext): Promise<DurationStats> {
    return (await applicationFiguresOf(ctx, numbers)).timeToRelease;
  }

  @FieldResolver(() => DurationStats)
  async timeToAcceptance(
    @Root() numbers: ProgrammeNumbers,
    @Ctx() ctx: RequestContext,
  ): Promise<DurationStats> {
    return (await applicationFiguresOf(ctx, numbers)).timeToAcceptance;
  }

  @FieldResolver(() => DurationStats)
  timeToFirstApplicant(
    @Root() numbers: ProgrammeNumbers,
    @Ctx() ctx: RequestContext,
  ): Promise<DurationStats> {
    return timeToFirstApplicantOf(ctx, numbers);
  }

  @FieldResolver(() => [ClosureReasonCount])
  closureReasons(
    @Root() numbers: ProgrammeNumbers,
    @Ctx() ctx: RequestContext,
  ): Promise<ClosureReasonCount[]> {
    return closureReasonsOf(ctx, numbers);
  }

  @FieldResolver(() => [MinistryHours])
  hoursByMinistry(@Root() numbers: ProgrammeNumbers, @Ctx() ctx: RequestContext): Promise<MinistryHours[]> {
    return hoursByMinistryOf(ctx, numbers);
  }

  @FieldResolver(() => MissionsWithoutApplicants)
  missionsWithoutApplicants(
    @Root() numbers: ProgrammeNumbers,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Nombre de missions listées (1 à 100).' })
    first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionsWithoutApplicants> {
    return missionsWithoutApplicantsOf(ctx, numbers, first);
  }
}

/**
 * `_entities` for ProgrammeNumbers runs outside type-graphql (no authChecker): the reader is checked
 * here, and a key missions did not write resolves to null rather than to someone's guess of a scope.
 */
export const programmeNumbersReferenceResolver = {
  __resolveReference(reference: { id: unknown }, ctx: RequestContext): ProgrammeNumbers | null {
    checkProgrammeNumbersReader(ctx.viewer, 'statsProgrammeNumbers');
    if (decodeProgrammeScope(reference.id) === null) return null;
    return Object.assign(new ProgrammeNumbers(), { id: reference.id });
  },
};

@Resolver(() => ProgrammeOpenDataRow)
export class ProgrammeOpenDataResolver {
  @Query(() => [ProgrammeOpenDataRow], {
    nullable: true,
    description:
      'Données ouvertes du programme : agrégats anonymes par année, ministère d’accueil et type de mission ' +
      '(un chiffre portant sur moins de 5 personnes est masqué). Ouvert à tous, sans connexion.',
  })
  statsOpenData(@Ctx() ctx: RequestContext): Promise<ProgrammeOpenDataRow[]> {
    return openDataRows(ctx);
  }
}
