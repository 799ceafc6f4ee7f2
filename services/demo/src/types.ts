import type {
  AdministrationKind,
  ApplicationStatus,
  EmploymentStatus,
  MissionDomain,
  MissionKind,
  MissionStatus,
  SkillFamily,
  SkillLevel,
  WorkMode,
} from '@talents/common';

/**
 * The demo dataset, shared by every subgraph's seed so that references across subgraphs (a
 * mission's contact agent, an application's mission) point at rows that exist. Generated
 * deterministically: the same counts always give the same ids and values, which makes seeding
 * idempotent (insert-or-ignore by id).
 */
export interface DemoAdministration {
  /** Stable slug, e.g. `dinum`. */
  id: string;
  name: string;
  acronym: string | null;
  kind: AdministrationKind;
  parentId: string | null;
}

export interface DemoSkill {
  /** Stable slug, e.g. `typescript`. */
  id: string;
  label: string;
  family: SkillFamily;
}

export interface DemoAgentSkill {
  skillId: string;
  level: SkillLevel;
}

export interface DemoAgent {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  employmentStatus: EmploymentStatus;
  administrationId: string;
  unit: string;
  jobTitle: string;
  city: string;
  /** French département code, e.g. `75`, `2A`, `971`. */
  departmentCode: string;
  workMode: WorkMode;
  skills: DemoAgentSkill[];
  /** Hours per month the agent could give; 0 means not available now. */
  availableHoursPerMonth: number;
  /** ISO dates (YYYY-MM-DD). */
  availableFrom: string | null;
  availableUntil: string | null;
  managerId: string | null;
  inDirectory: boolean;
  /**
   * Administrations the agent hides from in the directory (their agents and hosts do not list them).
   * Absent means none: hand-built datasets may leave it out.
   */
  hiddenFrom?: string[];
  createdAt: Date;
}

export interface DemoRequiredSkill {
  skillId: string;
  minLevel: SkillLevel;
  /** Essential or nice to have (false): the matching weighs essential skills double. Absent: essential. */
  essential?: boolean;
}

export interface DemoMission {
  id: string;
  title: string;
  kind: MissionKind;
  domain: MissionDomain;
  description: string;
  hostAdministrationId: string;
  contactAgentId: string;
  requiredSkills: DemoRequiredSkill[];
  effortHours: number;
  /** ISO dates (YYYY-MM-DD); the deadline is before the start. */
  startDate: string;
  endDate: string;
  applicationDeadline: string;
  workMode: WorkMode;
  location: string | null;
  seats: number;
  crisis: boolean;
  status: MissionStatus;
  /** Empty: open to every administration; otherwise only agents of these administrations. */
  restrictedToAdministrationIds: string[];
  createdAt: Date;
  publishedAt: Date | null;
}

export interface DemoApplication {
  id: string;
  agentId: string;
  missionId: string;
  motivation: string;
  proposedHours: number;
  status: ApplicationStatus;
  createdAt: Date;
}

/** An agent référent (host) of an administration: they post and manage its missions. */
export interface DemoHostReferent {
  agentId: string;
  administrationId: string;
}

export interface DemoData {
  administrations: DemoAdministration[];
  skills: DemoSkill[];
  agents: DemoAgent[];
  missions: DemoMission[];
  applications: DemoApplication[];
  /**
   * Référents of host administrations: each mission's contact agent for the mission's host.
   * `generateDemoData` always fills it; optional so that hand-built datasets may leave it out.
   */
  hostReferents?: DemoHostReferent[];
  /** Agent ids of the programme team (DINUM, mission Talents numériques), who administer the hub. */
  programmeAdmins?: string[];
  /**
   * Skills the hosts endorsed after the completed missions (`demoEndorsements`): approvals' seed
   * writes them, profiles' seed shows them on the agents' skills. Optional like the référents.
   */
  endorsements?: DemoEndorsement[];
}

/** One skill the host endorsed for one completed application of the demo. */
export interface DemoEndorsement {
  applicationId: string;
  agentId: string;
  missionId: string;
  skillId: string;
  /** The mission's contact, who recorded the completion in the demo's outcomes. */
  endorsedBy: string;
  /** When the completion was recorded (the application's creation, as approvals' seed dates it). */
  endorsedAt: Date;
}

export interface DemoSize {
  agents: number;
  missions: number;
  applications: number;
}

export const DEFAULT_DEMO_SIZE: DemoSize = { agents: 320, missions: 140, applications: 220 };
