import { approvalsSubgraph, seedApprovals } from '@talents/approvals';
import type { SubgraphDefinition } from '@talents/common';
import type { DemoData } from '@talents/demo';
import { missionsSubgraph, seedMissions } from '@talents/missions';
import { profilesSubgraph, seedProfiles } from '@talents/profiles';
import type { DataSource } from 'typeorm';

export interface HubSubgraph {
  definition: SubgraphDefinition;
  seed(db: DataSource, data: DemoData): Promise<void>;
  /** Default port when the hub runs on fixed ports (embedded start, containers). */
  defaultPort: number;
}

/** The three subgraphs, in the order their demo data depends on each other. */
export const HUB_SUBGRAPHS: readonly HubSubgraph[] = [
  { definition: profilesSubgraph, seed: seedProfiles, defaultPort: 4001 },
  { definition: missionsSubgraph, seed: seedMissions, defaultPort: 4002 },
  { definition: approvalsSubgraph, seed: seedApprovals, defaultPort: 4003 },
];
