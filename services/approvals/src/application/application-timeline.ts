import {
  ApplicationStatus,
  groupedLoader,
  isUuid,
  requestLoader,
  type RequestContext,
} from '@talents/common';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { Application } from './application.types';

@ObjectType('ApplicationStep', {
  description: 'Une étape atteinte par une candidature, et quand.',
})
export class ApplicationStep {
  @Field(() => ApplicationStatus, { description: 'Statut atteint.' })
  status!: ApplicationStatus;

  @Field({ description: 'Date et heure où la candidature l’a atteint.' })
  at!: Date;
}

/**
 * Each application's steps, oldest first, one statement per batch: the rows the `application_steps`
 * trigger writes on every status change (migration 1752000000000).
 */
const stepsByApplication = requestLoader((db: DataSource) =>
  groupedLoader<string, ApplicationStep & { applicationId: string }>(
    async (keys) => {
      const rows = (await db.query(
        `SELECT "application_id", "status", "at" FROM "approvals"."application_steps"
          WHERE "application_id" = ANY($1::uuid[]) ORDER BY "application_id", "at", "status"`,
        [[...new Set(keys.filter(isUuid))]],
      )) as Array<{ application_id: string; status: ApplicationStatus; at: Date }>;
      return rows.map((row) =>
        Object.assign(new ApplicationStep(), {
          applicationId: row.application_id,
          status: row.status,
          at: row.at,
        }),
      );
    },
    (step) => step.applicationId,
  ),
);

@Resolver(() => Application)
export class ApplicationTimelineResolver {
  // Whoever may read the application reads its steps: the parent field already applied the rules.
  @FieldResolver(() => [ApplicationStep], {
    description: 'Les étapes atteintes par la candidature, de la plus ancienne à la plus récente (frise).',
  })
  async timeline(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<ApplicationStep[]> {
    return stepsByApplication(ctx).load(application.id);
  }
}
