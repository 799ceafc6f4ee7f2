import {
  checkProgrammeNumbersReader,
  DurationStats,
  programmeScope,
  type RequestContext,
} from '@talents/common';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { missionFiguresOf, programmeNumbersOf, skillsSupplyDemandOf } from './programme-numbers.service';
import {
  MissionFunnel,
  ProgrammeNumbers,
  ProgrammeNumbersFilter,
  SkillSupplyDemand,
} from './programme-numbers.types';

@Resolver(() => ProgrammeNumbers)
export class ProgrammeNumbersResolver {
  @Query(() => ProgrammeNumbers, {
    nullable: true,
    description:
      'Chiffres du programme sur un périmètre : entonnoir, délais, motifs, heures par ministère, compétences ' +
      'demandées et offertes. Équipe du programme et clients d’API « stats:read ».',
  })
  statsProgrammeNumbers(
    @Arg('filter', () => ProgrammeNumbersFilter, {
      nullable: true,
      description:
        'Période, ministère, type de mission ; par défaut les douze derniers mois, tout le programme.',
    })
    filter: ProgrammeNumbersFilter | null,
    @Ctx() ctx: RequestContext,
  ): ProgrammeNumbers {
    checkProgrammeNumbersReader(ctx.viewer, 'statsProgrammeNumbers');
    return programmeNumbersOf(programmeScope(filter ?? {}));
  }

  @FieldResolver(() => MissionFunnel)
  async missionFunnel(@Root() numbers: ProgrammeNumbers, @Ctx() ctx: RequestContext): Promise<MissionFunnel> {
    return (await missionFiguresOf(ctx, numbers)).funnel;
  }

  @FieldResolver(() => DurationStats)
  async timeToPublication(
    @Root() numbers: ProgrammeNumbers,
    @Ctx() ctx: RequestContext,
  ): Promise<DurationStats> {
    return (await missionFiguresOf(ctx, numbers)).timeToPublication;
  }

  @FieldResolver(() => [SkillSupplyDemand])
  skills(
    @Root() numbers: ProgrammeNumbers,
    @Arg('first', () => Int, { defaultValue: 30, description: 'Nombre de compétences (1 à 100).' })
    first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SkillSupplyDemand[]> {
    return skillsSupplyDemandOf(ctx, numbers, first);
  }
}
