import type { RequestContext } from '@talents/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AgentSuggestion, Mission } from './mission.types';
import { DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS, SuggestionService } from './suggestion.service';

/** What `suggestedAgents` needs of the mission, fetched by the gateway from missions. */
export const SUGGESTION_REQUIREMENTS =
  'requiredSkills { skill { id } minLevel essential } startDate endDate effortHours workMode location ' +
  'hostAdministration { id } restrictedTo { id }';

@Resolver(() => Mission)
export class MissionSuggestionResolver {
  @Directive(`@requires(fields: "${SUGGESTION_REQUIREMENTS}")`)
  @FieldResolver(() => [AgentSuggestion], {
    nullable: true,
    description:
      'Agents suggérés pour la mission, du meilleur score de rapprochement au moins bon (à score égal, par ordre alphabétique) : ' +
      'agents détenant au moins une des compétences demandées, visibles dans l’annuaire pour le demandeur, ' +
      'de l’une des administrations auxquelles la mission est réservée s’il y en a ; jamais de compte effacé. ' +
      'Porteurs de l’administration d’accueil et équipe du programme seulement ; sinon null avec une erreur FORBIDDEN ' +
      '(UNAUTHENTICATED sans connexion).',
  })
  suggestedAgents(
    @Root() mission: Mission,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_SUGGESTIONS,
      description: `Nombre d’agents suggérés (de 1 à ${MAX_SUGGESTIONS}).`,
    })
    first: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AgentSuggestion[]> {
    return new SuggestionService(ctx).suggest(mission, first);
  }
}

/**
 * `_entities` for Mission: nothing to load here, and the representation is kept whole because it
 * carries what `suggestedAgents` requires. Who may see suggestions is checked by the field.
 */
export const missionReferenceResolver = {
  __resolveReference(reference: Record<string, unknown>): Mission {
    return Object.assign(new Mission(), reference);
  },
};
