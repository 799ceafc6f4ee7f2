import { badUserInput, normaliseUuid, PUBLIC_FIELD, type RequestContext } from '@talents/common';
import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { seatsTakenByMission } from '../application/application.loader';
import { applicationsOfMission } from '../application/application.service';
import { Application } from '../application/application.types';
import { Mission } from './mission.types';

@Resolver(() => Mission)
export class MissionResolver {
  @FieldResolver(() => [Application], {
    nullable: true,
    description:
      'Candidatures à cette mission, de la plus ancienne à la plus récente : toutes pour les porteurs de ' +
      'l’administration d’accueil et l’équipe du programme, sa seule candidature pour un autre agent ; null ' +
      'avec une erreur FORBIDDEN sans connexion ou pour un client d’API.',
  })
  applications(@Root() mission: Mission, @Ctx() ctx: RequestContext): Promise<Application[]> {
    return applicationsOfMission(ctx, mission.id);
  }

  @Directive('@requires(fields: "seats")')
  @Directive(PUBLIC_FIELD)
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Places encore disponibles : places offertes moins candidatures acceptées ou réalisées, jamais négatif. ' +
      'Visible de tous, même sans connexion ; null si le service des candidatures ne répond pas.',
  })
  async seatsRemaining(@Root() mission: Mission, @Ctx() ctx: RequestContext): Promise<number> {
    if (typeof mission.seats !== 'number') {
      // Only reachable by calling the subgraph directly without the @requires field.
      throw badUserInput(
        'seats',
        'Le nombre de places de la mission est requis pour calculer les places restantes.',
      );
    }
    const taken = (await seatsTakenByMission(ctx).load(normaliseUuid(mission.id)))?.taken ?? 0;
    // The clamp is for display only: acceptance never overbooks (it counts seats under the mission's
    // row lock, application.transitions.ts), but `seats` read here may be lower than when they were taken.
    return Math.max(0, mission.seats - taken);
  }
}

/**
 * `_entities` for Mission: nothing to load here, and the representation must be kept whole because
 * it carries `seats`, which `seatsRemaining` requires.
 */
export const missionReferenceResolver = {
  __resolveReference(reference: { id: string; seats?: number }): Mission {
    return Object.assign(new Mission(), reference);
  },
};
