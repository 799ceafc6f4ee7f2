import { MISSION_KIND_LABEL, type RequestContext } from '@talents/common';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Administration } from '../administration/administration.types';
import { Agent } from '../agent/agent.types';
import { validateArgument } from '@talents/common';
import { Skill } from '../skill/skill.types';
import type { MissionEntity } from './mission.entity';
import { MissionFilter, MissionInput } from './mission.inputs';
import { IDEMPOTENCY_KEY_MAX_LENGTH } from './mission.concurrency';
import { missionLoaders } from './mission.loader';
import { MissionService } from './mission.service';
import { Mission, MissionConnection, RequiredSkill, type MissionPage } from './mission.types';

const MISSION_ID = { description: 'Identifiant de la mission.' } as const;

@Resolver(() => Mission)
export class MissionResolver {
  @Query(() => Mission, {
    nullable: true,
    description:
      'Une mission par son identifiant (erreur NOT_FOUND si elle n’existe pas ou n’est pas visible de l’appelant).',
  })
  mission(@Arg('id', () => ID, MISSION_ID) id: string, @Ctx() ctx: RequestContext): Promise<MissionEntity> {
    return new MissionService(ctx).get(id);
  }

  // Root lists are nullable like every field that can fail: one subgraph down, or a refusal, costs
  // that field and keeps the other root fields of the same request.
  @Query(() => MissionConnection, {
    nullable: true,
    description:
      'Missions filtrées visibles de l’appelant, les plus récemment publiées (ou créées) d’abord. Sans connexion ou pour un client d’API (autorisation missions:read) : missions publiées, pourvues ou clôturées ouvertes à toutes les administrations.',
  })
  missions(
    @Arg('filter', () => MissionFilter, {
      nullable: true,
      description: 'Critères de recherche.',
      validateFn: validateArgument('filter'),
    })
    filter: MissionFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: 'Taille de la page (de 1 à 100).',
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Curseur endCursor de la page précédente.',
    })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionPage> {
    return new MissionService(ctx).list(filter, first ?? 20, after);
  }

  @Authorized()
  @Mutation(() => Mission, {
    description:
      'Crée une mission en brouillon, pour une administration dont l’agent est référent (ou par l’équipe du programme). Avec une clé d’idempotence, une demande renvoyée (réponse perdue, délai dépassé) rend la mission créée la première fois au lieu d’en créer une seconde.',
  })
  createMission(
    @Arg('input', () => MissionInput, {
      description: 'Contenu de la mission.',
      validateFn: validateArgument('input'),
    })
    input: MissionInput,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: `Clé d’idempotence tirée par le client pour cette demande (un UUID par exemple ; 1 à ${IDEMPOTENCY_KEY_MAX_LENGTH} caractères ASCII visibles), à renvoyer telle quelle en cas de nouvel essai. La même clé du même agent rend la mission déjà créée ; avec un contenu différent, erreur CONFLICT (champ idempotencyKey). Recommandée.`,
    })
    idempotencyKey: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity> {
    return new MissionService(ctx).create(input, idempotencyKey);
  }

  @Authorized()
  @Mutation(() => Mission, {
    description:
      'Modifie une mission encore en brouillon ou soumise (sinon erreur CONFLICT) ; référents de l’administration d’accueil et équipe du programme.',
  })
  updateMission(
    @Arg('id', () => ID, MISSION_ID) id: string,
    @Arg('input', () => MissionInput, {
      description: 'Nouveau contenu complet de la mission.',
      validateFn: validateArgument('input'),
    })
    input: MissionInput,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description:
        'Version de la mission lue par le client (champ version) : si elle a été modifiée depuis, rien n’est écrit et l’erreur CONFLICT (champ expectedVersion) donne la version actuelle. Sans elle, la dernière écriture l’emporte. Recommandée.',
    })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity> {
    return new MissionService(ctx).update(id, input, expectedVersion);
  }

  @Authorized()
  @Mutation(() => Mission, {
    description:
      'Soumet un brouillon à la modération (DRAFT → SUBMITTED) ; référents de l’administration d’accueil et équipe du programme.',
  })
  submitMission(
    @Arg('id', () => ID, MISSION_ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity> {
    return new MissionService(ctx).transition(id, 'submit');
  }

  // Signed-in agents reach the service, which tells a non-admin that moderation is the team's.
  @Authorized()
  @Mutation(() => Mission, {
    description:
      'Publie une mission soumise, après modération (SUBMITTED → PUBLISHED) ; équipe du programme seulement.',
  })
  publishMission(
    @Arg('id', () => ID, MISSION_ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity> {
    return new MissionService(ctx).transition(id, 'publish');
  }

  // Signed-in agents reach the service, which tells a non-admin that moderation is the team's.
  @Authorized()
  @Mutation(() => Mission, {
    description:
      'Renvoie une mission soumise en brouillon, avec le motif de la modération (SUBMITTED → DRAFT) ; équipe du programme seulement.',
  })
  returnMissionToDraft(
    @Arg('id', () => ID, MISSION_ID) id: string,
    @Arg('reason', () => String, { description: 'Motif du renvoi, communiqué au porteur.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity> {
    return new MissionService(ctx).transition(id, 'returnToDraft', reason);
  }

  @Authorized()
  @Mutation(() => Mission, {
    description:
      'Déclare pourvue une mission publiée (PUBLISHED → FILLED) ; référents de l’administration d’accueil et équipe du programme.',
  })
  markMissionFilled(
    @Arg('id', () => ID, MISSION_ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity> {
    return new MissionService(ctx).transition(id, 'markFilled');
  }

  @Authorized()
  @Mutation(() => Mission, {
    description:
      'Clôture une mission publiée ou pourvue (→ CLOSED) ; référents de l’administration d’accueil et équipe du programme.',
  })
  closeMission(
    @Arg('id', () => ID, MISSION_ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity> {
    return new MissionService(ctx).transition(id, 'close');
  }

  @Authorized()
  @Mutation(() => Mission, {
    description:
      'Annule une mission en brouillon, soumise ou publiée (→ CANCELLED) ; référents de l’administration d’accueil et équipe du programme.',
  })
  cancelMission(
    @Arg('id', () => ID, MISSION_ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MissionEntity> {
    return new MissionService(ctx).transition(id, 'cancel');
  }

  @FieldResolver(() => String, { description: 'Libellé français de la nature de la mission.' })
  kindLabel(@Root() mission: MissionEntity): string {
    return MISSION_KIND_LABEL[mission.kind];
  }

  // Nullable, as every reference another subgraph completes: profiles down costs this field only.
  @FieldResolver(() => Administration, {
    nullable: true,
    description:
      'Administration qui accueille la mission ; null, avec une erreur SERVICE_UNAVAILABLE, si le service des profils ne répond pas.',
  })
  hostAdministration(@Root() mission: MissionEntity): Administration {
    return Administration.ref(mission.hostAdministrationId);
  }

  @FieldResolver(() => Agent, {
    nullable: true,
    description:
      'Agent à contacter (porteur du besoin). Un compte effacé depuis apparaît anonymisé (« Agent supprimé ») ; un agent inconnu donne null, sans rien retirer au reste de la mission. Sans connexion et pour un client d’API : nom et poste seulement.',
  })
  contact(@Root() mission: MissionEntity): Agent {
    // Nullable: a contact profiles no longer knows must cost this field only, not the whole list.
    return Agent.ref(mission.contactAgentId);
  }

  @FieldResolver(() => [RequiredSkill], {
    description: 'Compétences demandées, les plus importantes d’abord.',
  })
  async requiredSkills(@Root() mission: MissionEntity, @Ctx() ctx: RequestContext): Promise<RequiredSkill[]> {
    const rows = await missionLoaders.requiredSkills(ctx).load(mission.id);
    return rows.map((row) =>
      Object.assign(new RequiredSkill(), {
        skill: Skill.ref(row.skillId),
        minLevel: row.minLevel,
        essential: row.essential,
      }),
    );
  }

  @FieldResolver(() => [Administration], {
    nullable: true,
    description:
      'Administrations auxquelles la mission est réservée ; liste vide : ouverte à toutes ; null si le service des profils ne répond pas.',
  })
  restrictedTo(@Root() mission: MissionEntity): Administration[] {
    return mission.restrictedTo.map((id) => Administration.ref(id));
  }
}

@Resolver(() => MissionConnection)
export class MissionConnectionResolver {
  @FieldResolver(() => Int, { description: 'Nombre total de missions répondant aux critères.' })
  totalCount(@Root() page: MissionPage): Promise<number> {
    return page.countTotal();
  }
}
