import { badUserInput, denied, normaliseUuid, type RequestContext } from '@talents/common';
import { Field, InputType, ObjectType } from 'type-graphql';
import { viewerAgentId } from '../application/application.access';
import { emailByDefault } from './notification.email-queue';
import { NotificationKind } from './notification.types';

@ObjectType('NotificationPreference', {
  description:
    'Choix d’une personne pour une nature de notification : dans l’application seulement, ou aussi par courriel.',
})
export class NotificationPreference {
  @Field(() => NotificationKind, { description: 'Nature de notification.' })
  kind!: NotificationKind;

  @Field({ description: 'Vrai : aussi par courriel ; faux : dans l’application seulement.' })
  email!: boolean;

  @Field({ description: 'Vrai tant que la personne n’a pas choisi (valeur par défaut du programme).' })
  byDefault!: boolean;
}

@InputType('NotificationPreferenceInput', { description: 'Un choix pour une nature de notification.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationKind, { description: 'Nature de notification.' })
  kind!: NotificationKind;

  @Field({ description: 'Vrai : aussi par courriel ; faux : dans l’application seulement.' })
  email!: boolean;
}

const KINDS = Object.values(NotificationKind);

/** Every kind with the person's choice, or the default (e-mail for what asks them to act). */
export async function preferencesOf(ctx: RequestContext, agentId: string): Promise<NotificationPreference[]> {
  const me = viewerAgentId(ctx.viewer);
  if (!me || me !== normaliseUuid(agentId)) {
    throw denied(
      ctx.viewer,
      'On ne lit que ses propres préférences de notification.',
      'notificationPreferences',
    );
  }
  const rows = (await ctx.db.query(
    'SELECT "kind", "email" FROM "approvals"."notification_preferences" WHERE "agent_id" = $1',
    [me],
  )) as Array<{ kind: string; email: boolean }>;
  const chosen = new Map(rows.map((row) => [row.kind, row.email]));
  return KINDS.map((kind) =>
    Object.assign(new NotificationPreference(), {
      kind,
      email: chosen.get(kind) ?? emailByDefault(kind),
      byDefault: !chosen.has(kind),
    }),
  );
}

export async function setPreferences(
  ctx: RequestContext,
  preferences: readonly NotificationPreferenceInput[],
): Promise<NotificationPreference[]> {
  const me = viewerAgentId(ctx.viewer);
  if (!me) {
    throw denied(
      ctx.viewer,
      'Les préférences de notification sont réservées aux agents connectés.',
      'setNotificationPreferences',
    );
  }
  const kinds = preferences.map((preference) => preference.kind);
  if (new Set(kinds).size !== kinds.length) {
    throw badUserInput('preferences', 'Chaque nature de notification ne peut figurer qu’une fois.');
  }
  if (preferences.length > 0) {
    await ctx.db.query(
      `INSERT INTO "approvals"."notification_preferences" ("agent_id", "kind", "email")
       SELECT $1, k, e FROM unnest($2::text[], $3::boolean[]) AS t(k, e)
       ON CONFLICT ("agent_id", "kind") DO UPDATE SET "email" = EXCLUDED."email", "updated_at" = now()`,
      [me, kinds, preferences.map((preference) => preference.email)],
    );
  }
  return preferencesOf(ctx, me);
}
