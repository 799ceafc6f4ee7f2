import 'reflect-metadata';
import { buildFederatedSchema, createAuditResolver, type SubgraphDefinition } from '@talents/common';
import { AgentResolver, agentReferenceResolver } from './agent/agent.resolver';
import { ApplicationEntity } from './application/application.entity';
import { applicationsSnapshot } from './application/application.events';
import { ApplicationResolver, applicationReferenceResolver } from './application/application.resolver';
import { CreateApplications1730000000000 } from './migrations/1730000000000-CreateApplications';
import { ProjectionsAndAudit1735000000000 } from './migrations/1735000000000-ProjectionsAndAudit';
import { ApplicationFeed1738000000000 } from './migrations/1738000000000-ApplicationFeed';
import { MissionDeadline1741000000000 } from './migrations/1741000000000-MissionDeadline';
import { ApplicationWorkflow1742000000000 } from './migrations/1742000000000-ApplicationWorkflow';
import { DeadlinesAndDelegation1743000000000 } from './migrations/1743000000000-DeadlinesAndDelegation';
import { AgentDelegationResolver, DelegationResolver } from './delegation/delegation.resolver';
import { TimeBudgetResolver } from './budget/budget.resolver';
import { AgentTeamResolver } from './team/team.resolver';
import { AgreementResolver, ApplicationAgreementResolver } from './agreement/agreement.resolver';
import { Agreements1749000000000 } from './migrations/1749000000000-Agreements';
import { Completion1750000000000 } from './migrations/1750000000000-Completion';
import { CreditLedger1751000000000 } from './migrations/1751000000000-CreditLedger';
import { ProgrammeNumbers1752000000000 } from './migrations/1752000000000-ProgrammeNumbers';
import { ApplicationStepInstants1755000000000 } from './migrations/1755000000000-ApplicationStepInstants';
import { ProgrammeNumbers } from './stats/programme-numbers.types';
import { ApplicationTimelineResolver } from './application/application-timeline';
import {
  ProgrammeNumbersResolver,
  ProgrammeOpenDataResolver,
  programmeNumbersReferenceResolver,
} from './stats/programme-numbers.resolver';
import { SkillEndorsements1753100000000 } from './migrations/1753100000000-SkillEndorsements';
import { withEndorsements } from './completion/endorsement.events';
import { CreditLedgerResolver } from './ledger/ledger.resolver';
import { ApplicationCompletionResolver, CompletionResolver } from './completion/completion.resolver';
import { MissionResolver, missionReferenceResolver } from './mission/mission.resolver';
import { Notifications1745000000000 } from './migrations/1745000000000-Notifications';
import { NotificationEmail1746000000000 } from './migrations/1746000000000-NotificationEmail';
import { ApprovalLinks1747000000000 } from './migrations/1747000000000-ApprovalLinks';
import { NotificationDigest1748000000000 } from './migrations/1748000000000-NotificationDigest';
import { sendDailyDigest } from './notification/notification.digest';
import { rememberAddress, sendNotificationEmail } from './notification/notification.email';
import { notifyApplicationChanged, notifyApprovalReminder } from './notification/notification.consumer';
import { AgentNotificationsResolver, NotificationResolver } from './notification/notification.resolver';
import {
  applyAgentChanged,
  applyMissionChanged,
  type AgentChangedPayload,
} from './projection/projection.consumers';
import type { EntityManager } from 'typeorm';
import { AgentProjectionEntity, MissionProjectionEntity } from './projection/projection.entity';
import { startApprovalsScheduler } from './deadline/deadline.sweep';

export { seedApprovals, seedAdministrationReferences } from './seed';
export { seedSkillReferences } from './seed-outcomes';
export { type SkillsEndorsedPayload } from './completion/endorsement.events';
export { digestHour, sendDailyDigest } from './notification/notification.digest';
export { approvalsNow, approvalsToday, setApprovalsClock } from './deadline/clock';
export {
  addWorkingDays,
  approvalDeadlineDays,
  approvalSchedule,
  isWorkingDay,
} from './deadline/working-days';
export {
  approvalReminderEvent,
  startApprovalsScheduler,
  sweepApprovalDeadlines,
  type ApprovalReminderPayload,
  type ApprovalsScheduler,
  type ReminderKind,
  type SweepResult,
} from './deadline/deadline.sweep';
export { ApplicationEntity, ACTIVE_STATUSES, REASONED_STATUSES } from './application/application.entity';
export {
  TRANSITIONS,
  OPEN_STATUSES,
  rolesOf,
  allowedActions,
  type WorkflowAction,
  type WorkflowRole,
} from './application/application.workflow';
export { yearShares, defaultAnnualHours } from './budget/budget.rules';
export { missionFilledEvent, type MissionFilledPayload } from './application/application.events';
export { Application, ApplicationUpdate } from './application/application.types';
export {
  applicationChangedEvent,
  applicationsSnapshot,
  APPLICATION_UPDATE_TOPIC,
  type ApplicationChangedPayload,
  type ApplicationUpdatePayload,
} from './application/application.events';
export {
  applyAgentChanged,
  applyMissionChanged,
  type AgentChangedPayload,
  type MissionChangedPayload,
} from './projection/projection.consumers';
export { AgentProjectionEntity, MissionProjectionEntity } from './projection/projection.entity';

const AuditResolver = createAuditResolver('approvals');

export const approvalsSubgraph: SubgraphDefinition = {
  name: 'approvals',
  entities: [ApplicationEntity, MissionProjectionEntity, AgentProjectionEntity],
  migrations: [
    CreateApplications1730000000000,
    ProjectionsAndAudit1735000000000,
    ApplicationFeed1738000000000,
    MissionDeadline1741000000000,
    ApplicationWorkflow1742000000000,
    DeadlinesAndDelegation1743000000000,
    Notifications1745000000000,
    NotificationEmail1746000000000,
    ApprovalLinks1747000000000,
    NotificationDigest1748000000000,
    Agreements1749000000000,
    Completion1750000000000,
    CreditLedger1751000000000,
    ProgrammeNumbers1752000000000,
    SkillEndorsements1753100000000,
    ApplicationStepInstants1755000000000,
  ],
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [
          ApplicationResolver,
          MissionResolver,
          AgentResolver,
          TimeBudgetResolver,
          AgentTeamResolver,
          AgreementResolver,
          ApplicationAgreementResolver,
          ApplicationCompletionResolver,
          CompletionResolver,
          CreditLedgerResolver,
          ProgrammeNumbersResolver,
          ProgrammeOpenDataResolver,
          ApplicationTimelineResolver,
          DelegationResolver,
          AgentDelegationResolver,
          AuditResolver,
          AgentNotificationsResolver,
          NotificationResolver,
        ],
        // Reached only through `_entities` (missions owns the root field): no field of approvals returns it.
        orphanedTypes: [ProgrammeNumbers],
      },
      {
        Application: applicationReferenceResolver,
        Mission: missionReferenceResolver,
        Agent: agentReferenceResolver,
        ProgrammeNumbers: programmeNumbersReferenceResolver,
      },
    ),
  consumes: {
    'mission.changed': applyMissionChanged,
    'agent.changed': async (payload: AgentChangedPayload & { email?: unknown }, manager: EntityManager) => {
      await applyAgentChanged(payload, manager);
      await rememberAddress(payload, manager);
    },
    'application.changed': notifyApplicationChanged,
    'approval.reminder': notifyApprovalReminder,
    'notification.email': sendNotificationEmail,
    'notification.digest': sendDailyDigest,
  },
  snapshot: withEndorsements(applicationsSnapshot),
  feed: true,
  // Deadlines (reminders, expiry) and daily digests, every APPROVAL_SWEEP_SECONDS, safe with several replicas.
  background: ({ db, logger }) => startApprovalsScheduler({ db, logger }),
};
