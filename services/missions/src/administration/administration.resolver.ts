import { MissionStatus, type RequestContext } from '@talents/common';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { MissionEntity } from '../mission/mission.entity';
import { administrationMissionsKey, missionLoaders } from '../mission/mission.loader';
import { Mission } from '../mission/mission.types';
import { Administration } from './administration.types';

@Resolver(() => Administration)
export class AdministrationResolver {
  @FieldResolver(() => [Mission], {
    nullable: true,
    description:
      'Missions accueillies par l’administration et visibles de l’appelant, les plus récentes d’abord ; null si le service des missions ne répond pas.',
  })
  missions(
    @Root() administration: Administration,
    @Arg('statuses', () => [MissionStatus], {
      nullable: true,
      description: 'Statuts retenus ; absent ou vide : les missions publiées (PUBLISHED) seulement.',
    })
    statuses: MissionStatus[] | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: 'Nombre maximal de missions (de 1 à 100).',
    })
    first: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity[]> {
    return missionLoaders
      .byAdministration(ctx)
      .load(administrationMissionsKey(administration.id, statuses, first ?? 20));
  }
}
