import { ApplicationStatus, entityMapper, type DecisionReason } from '@talents/common';
import { agentReference } from '../agent/agent.types';
import { missionReference } from '../mission/mission.types';
import { ApplicationEntity } from './application.entity';
import { Application } from './application.types';

/** One application in the agent's RGPD export: their own words, decisions and reasons. */
export interface ExportedApplication {
  id: string;
  missionId: string;
  hostAdministrationId: string | null;
  motivation: string;
  proposedHours: number;
  status: ApplicationStatus;
  reason: DecisionReason | null;
  reasonText: string | null;
  /** The hours the manager released (null before), and whether beyond the year's budget. */
  approvedHours: number | null;
  beyondBudget: boolean;
  /** The manager’s deadline to answer (a day), while the request waited for it. */
  deadline: string | null;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
}

/** What the agent asked and what was decided: the export's and the audit log's common part. */
export function applicationContent(entity: ApplicationEntity) {
  return {
    missionId: entity.missionId,
    hostAdministrationId: entity.hostAdministrationId,
    motivation: entity.motivation,
    proposedHours: entity.proposedHours,
    status: entity.status,
    reason: entity.reason,
    reasonText: entity.reasonText,
  };
}

/** The row as the API shows it: the agent and the mission become federation references. */
export function toApplication(entity: ApplicationEntity): Application {
  return Object.assign(new Application(), {
    id: entity.id,
    agent: agentReference(entity.agentId),
    mission: missionReference(entity.missionId),
    motivation: entity.motivation,
    proposedHours: entity.proposedHours,
    status: entity.status,
    reason: entity.reason,
    reasonText: entity.reasonText,
    version: entity.version,
    approvedHours: entity.approvedHours,
    beyondBudget: entity.beyondBudget,
    deadline:
      entity.status === ApplicationStatus.SUBMITTED || entity.status === ApplicationStatus.EXPIRED
        ? entity.deadline
        : null,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

/** The application's row as the API shows it (`Application`), and in its agent's RGPD export. */
export const applicationMapper = entityMapper({
  entity: ApplicationEntity,
  toGraph: toApplication,
  toExport: (entity: ApplicationEntity): ExportedApplication => ({
    id: entity.id,
    ...applicationContent(entity),
    approvedHours: entity.approvedHours,
    beyondBudget: entity.beyondBudget,
    deadline: entity.deadline,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    erasedAt: entity.erasedAt?.toISOString() ?? null,
  }),
  notExported: {
    agentId: 'the agent the export is for',
    version: 'a count of writes, says nothing about the person',
    approverAgentId: 'names another person (the approver the programme team named)',
    releasedByAgentId: 'names another person (the manager who released the hours)',
    halfTimeOn: 'the reminder schedule of the manager’s deadline, the workflow’s own',
  },
});
