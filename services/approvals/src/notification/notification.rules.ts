import { frenchDate } from '@talents/common';
import { NotificationKind } from './notification.types';

/** Who a notification is for: one agent, or a group known from the reader's token. */
export type Recipient = { agentId: string } | { group: string };

/** The programme team (admins): requests of agents without a manager of record. */
export const PROGRAMME_GROUP = 'PROGRAMME';

/** The référents of a host administration (the token's `hostOf`). */
export function hostsGroup(administrationId: string): string {
  return `HOSTS:${administrationId}`;
}

/** What a consumer knows of one step of an application when it decides who to tell. */
export interface StepFacts {
  applicationId: string;
  agentId: string;
  missionId: string;
  status: string;
  reason: string | null;
  hours: number;
  managerId: string | null;
  contactAgentId: string | null;
  hostAdministrationId: string | null;
}

export interface PlannedNotification {
  recipient: Recipient;
  kind: NotificationKind;
  text: string;
  link: string;
}

const REASONS: Readonly<Record<string, string>> = {
  WORKLOAD: 'charge de travail',
  NOT_INTERESTED: 'pas intéressé',
  ALREADY_ENGAGED: 'déjà engagé par ailleurs',
  NO_MANAGEMENT_APPROVAL: 'pas d’accord de la hiérarchie',
  OTHER: 'autre',
  MISSION_FILLED: 'mission pourvue',
};

function because(reason: string | null): string {
  const label = reason ? REASONS[reason] : undefined;
  return label ? ` (motif : ${label})` : '';
}

const AGENT_LINK = '/candidatures';
const MANAGER_LINK = '/validations';

/** The page of an application's agreement and completion, for each of its parties. */
function agreementLink(applicationId: string): string {
  return `/candidatures/${applicationId}/convention`;
}

/**
 * Who must hear of one step, and what they read. The applicant is never told of their own act,
 * nor is anyone notified twice for one step (the same person as manager and contact gets one
 * row per kind: the caller's unique key collapses repeats).
 */
export function plan(step: StepFacts): PlannedNotification[] {
  const hours = `${step.hours} h`;
  const agent: Recipient = { agentId: step.agentId };
  const manager: Recipient =
    step.managerId && step.managerId !== step.agentId
      ? { agentId: step.managerId }
      : { group: PROGRAMME_GROUP };
  const hostLink = `/porteur/candidatures/${step.missionId}`;
  const hosts: Recipient[] = [
    ...(step.contactAgentId && step.contactAgentId !== step.agentId
      ? [{ agentId: step.contactAgentId }]
      : []),
    ...(step.hostAdministrationId ? [{ group: hostsGroup(step.hostAdministrationId) }] : []),
  ];
  const toHosts = (kind: NotificationKind, text: string) =>
    hosts.map((recipient) => ({ recipient, kind, text, link: hostLink }));
  switch (step.status) {
    case 'SUBMITTED':
      return [
        {
          recipient: manager,
          kind: NotificationKind.APPROVAL_REQUESTED,
          text:
            'agentId' in manager
              ? `Un agent que vous encadrez demande à être libéré ${hours} pour une mission : votre décision est attendue.`
              : `Un agent sans supérieur hiérarchique connu demande à être libéré ${hours} pour une mission : la décision revient à l’équipe du programme.`,
          link: MANAGER_LINK,
        },
      ];
    case 'MANAGER_APPROVED':
      return [
        {
          recipient: agent,
          kind: NotificationKind.APPLICATION_RELEASED,
          text: `Votre supérieur hiérarchique a libéré ${hours} pour votre candidature : le porteur de la mission doit maintenant l’accepter.`,
          link: AGENT_LINK,
        },
        ...toHosts(
          NotificationKind.APPLICANT_RELEASED,
          `Une candidature à votre mission a reçu l’accord du supérieur hiérarchique (${hours}) : à vous de l’accepter ou de la décliner.`,
        ),
      ];
    case 'REFUSED_BY_MANAGER':
      return [
        {
          recipient: agent,
          kind: NotificationKind.APPLICATION_REFUSED,
          text: `Votre supérieur hiérarchique a refusé de libérer votre temps pour cette candidature${because(step.reason)}.`,
          link: AGENT_LINK,
        },
      ];
    case 'ACCEPTED':
      return [
        {
          recipient: agent,
          kind: NotificationKind.APPLICATION_ACCEPTED,
          text: 'Votre candidature a été acceptée par le porteur de la mission : bonne mission !',
          link: AGENT_LINK,
        },
        {
          recipient: manager,
          kind: NotificationKind.APPLICATION_ACCEPTED,
          text: `La candidature d’un agent que vous encadrez a été acceptée : ${hours} sont engagées sur son budget.`,
          link: MANAGER_LINK,
        },
      ];
    case 'DECLINED_BY_HOST':
      return step.reason === 'MISSION_FILLED'
        ? [
            {
              recipient: agent,
              kind: NotificationKind.MISSION_FILLED,
              text: 'La mission est désormais pourvue : votre candidature est close sans suite.',
              link: AGENT_LINK,
            },
          ]
        : [
            {
              recipient: agent,
              kind: NotificationKind.APPLICATION_DECLINED,
              text: `Le porteur de la mission a décliné votre candidature${because(step.reason)}.`,
              link: AGENT_LINK,
            },
          ];
    case 'WITHDRAWN': {
      const text = `Un agent a retiré sa candidature${because(step.reason)}.`;
      return [
        { recipient: manager, kind: NotificationKind.APPLICATION_WITHDRAWN, text, link: MANAGER_LINK },
        ...toHosts(NotificationKind.APPLICATION_WITHDRAWN, text),
      ];
    }
    case 'COMPLETED':
      return [
        {
          recipient: agent,
          kind: NotificationKind.COMPLETION_RECORDED,
          text: 'Le porteur a enregistré les heures réalisées sur votre mission : confirmez-les, ou dites ce qui ne va pas.',
          link: agreementLink(step.applicationId),
        },
      ];
    case 'EXPIRED':
      return [
        {
          recipient: agent,
          kind: NotificationKind.APPLICATION_EXPIRED,
          text: 'Votre demande n’a pas reçu de réponse de votre supérieur hiérarchique dans le délai : elle a expiré.',
          link: AGENT_LINK,
        },
        {
          recipient: manager,
          kind: NotificationKind.APPLICATION_EXPIRED,
          text: 'Une demande d’un agent que vous encadrez a expiré faute de réponse dans le délai.',
          link: MANAGER_LINK,
        },
      ];
    default:
      return [];
  }
}

/** What the parties of an amended agreement read: its new terms, to acknowledge again. */
export interface AmendmentFacts {
  applicationId: string;
  version: number;
  hours: number;
  startDate: string | null;
  endDate: string | null;
  agentId: string;
  /** The manager who released the time: the home administration's party. */
  homeManagerId: string | null;
  /** Who made the new version: not told of their own act. */
  authorId: string | null;
}

/** The agent and the home manager hear of a new version of their agreement, unless they made it. */
export function planAmendment(facts: AmendmentFacts): PlannedNotification[] {
  const period =
    facts.startDate && facts.endDate
      ? `, du ${frenchDate(facts.startDate)} au ${frenchDate(facts.endDate)}`
      : facts.endDate
        ? `, jusqu’au ${frenchDate(facts.endDate)}`
        : '';
  const terms = `${facts.hours} h${period}`;
  const recipients = [
    {
      agentId: facts.agentId,
      text: `La convention de votre mission passe en version ${facts.version} (${terms}) : prenez-en connaissance et validez-la.`,
    },
    ...(facts.homeManagerId && facts.homeManagerId !== facts.agentId
      ? [
          {
            agentId: facts.homeManagerId,
            // Its manager, or the programme team for an agent without one: whoever released the time.
            text: `La convention de mission d’un agent dont vous avez libéré le temps passe en version ${facts.version} (${terms}) : accusez-en réception.`,
          },
        ]
      : []),
  ];
  return recipients
    .filter(({ agentId }) => agentId !== facts.authorId)
    .map(({ agentId, text }) => ({
      recipient: { agentId },
      kind: NotificationKind.AGREEMENT_AMENDED,
      text,
      link: agreementLink(facts.applicationId),
    }));
}

/** The groups a reader belongs to, from their token. */
export function groupsOf(viewer: { admin: boolean; hostOf: readonly string[] }): string[] {
  return [...(viewer.admin ? [PROGRAMME_GROUP] : []), ...viewer.hostOf.map(hostsGroup)];
}
