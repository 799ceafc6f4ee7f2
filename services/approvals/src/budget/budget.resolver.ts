import type { RequestContext } from '@talents/common';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { setTimeBudget } from './budget.service';
import { TimeBudget } from './budget.types';

@Resolver(() => TimeBudget)
export class TimeBudgetResolver {
  @Authorized()
  @Mutation(() => TimeBudget, {
    description:
      'Fixe le budget annuel d’heures d’un agent pour une année (0 à 1 607 h) ; tracé. Réservé à son supérieur ' +
      'hiérarchique et à l’équipe du programme (FORBIDDEN sinon). Les heures déjà engagées restent engagées.',
  })
  setTimeBudget(
    @Arg('agentId', () => ID, { description: 'Identifiant de l’agent (UUID).' }) agentId: string,
    @Arg('year', () => Int, { description: 'Année civile (2000 à 2100).' }) year: number,
    @Arg('hours', () => Int, { description: 'Heures de l’année (0 à 1 607).' }) hours: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TimeBudget> {
    return setTimeBudget(ctx, agentId, year, hours);
  }
}
