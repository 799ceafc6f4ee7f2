import type { RequestContext } from '@talents/common';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Agent } from '../agent/agent.types';
import { approvalsToday } from '../deadline/clock';
import { teamOf } from './team.service';
import { TeamMember } from './team.types';

@Resolver(() => Agent)
export class AgentTeamResolver {
  @FieldResolver(() => [TeamMember], {
    nullable: true,
    description:
      'Équipe de cet agent en tant que supérieur hiérarchique : les agents qu’il encadre, chacun avec son budget ' +
      'de temps de l’année, ses heures engagées et en attente, ses missions en cours et à venir ; vide s’il ' +
      'n’encadre personne. Pour l’agent lui-même et l’équipe du programme, sinon null avec une erreur FORBIDDEN.',
  })
  team(
    @Root() agent: Agent,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Année civile des budgets (2000 à 2100) ; par défaut, l’année en cours.',
    })
    year: number | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMember[]> {
    return teamOf(ctx, agent.id, year ?? Number(approvalsToday().slice(0, 4)));
  }
}
