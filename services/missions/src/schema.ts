import {
  buildFederatedSchema,
  checkProgrammeNumbersReader,
  decodeProgrammeScope,
  createAuditResolver,
  isUuid,
  normaliseUuid,
  type FederatedSchema,
  type RequestContext,
} from '@talents/common';
import { AdministrationResolver } from './administration/administration.resolver';
import { AgentResolver } from './agent/agent.resolver';
import type { MissionEntity } from './mission/mission.entity';
import { missionLoaders } from './mission/mission.loader';
import { MissionConnectionResolver, MissionResolver } from './mission/mission.resolver';
import { AgentMatchingResolver, MatchingSubscriptionResolver } from './matching/matching.resolver';
import { ProgrammeNumbersResolver } from './stats/programme-numbers.resolver';
import { programmeNumbersOf } from './stats/programme-numbers.service';
import type { ProgrammeNumbers } from './stats/programme-numbers.types';

export function buildMissionsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        MissionResolver,
        MissionConnectionResolver,
        AdministrationResolver,
        AgentResolver,
        AgentMatchingResolver,
        MatchingSubscriptionResolver,
        ProgrammeNumbersResolver,
        createAuditResolver('missions'),
      ],
    },
    {
      Mission: {
        // Runs outside type-graphql (no authChecker): the loader applies the viewer's visibility in
        // its statement, so a mission the viewer may not see resolves to null like an unknown one.
        __resolveReference(
          reference: { id: unknown },
          ctx: RequestContext,
        ): Promise<MissionEntity | null> | null {
          if (typeof reference.id !== 'string' || !isUuid(reference.id)) return null;
          return missionLoaders.byId(ctx).load(normaliseUuid(reference.id));
        },
      },
      ProgrammeNumbers: {
        // Outside type-graphql too: the reader is checked here, and a key this subgraph did not write is null.
        __resolveReference(reference: { id: unknown }, ctx: RequestContext): ProgrammeNumbers | null {
          checkProgrammeNumbersReader(ctx.viewer, 'statsProgrammeNumbers');
          const scope = decodeProgrammeScope(reference.id);
          return scope ? programmeNumbersOf(scope) : null;
        },
      },
    },
  );
}
