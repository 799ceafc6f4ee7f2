import {
  AdministrationKind,
  ApplicationStatus,
  EmploymentStatus,
  MissionDomain,
  MissionKind,
  MissionStatus,
  SkillFamily,
} from '@talents/common';
import {
  DEFAULT_DEMO_SEED,
  DEFAULT_DEMO_SIZE,
  generateDemoData,
  type DemoAgent,
  type DemoData,
  type DemoSize,
} from '../src';
import type { GeneratedAgent } from '../src/generators/agents';
import { appointProgrammeTeam } from '../src/generators/roles';
import { MISSION_TEMPLATES } from '../src/referential/mission-templates';
import { SKILL_BY_ID } from '../src/referential/skills';
import { emailPart } from '../src/text';
import { addMonths, countBy, violations } from './support/violations';

const REFERENCE = new Date('2025-03-17T00:00:00Z');

describe('generateDemoData', () => {
  const data = generateDemoData({ referenceDate: REFERENCE });

  describe('determinism', () => {
    it('gives identical data for identical options', () => {
      const again = generateDemoData({ referenceDate: REFERENCE });
      expect(again).toEqual(data);
      expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    });

    it('gives other data for another seed', () => {
      const other = generateDemoData({ referenceDate: REFERENCE, seed: DEFAULT_DEMO_SEED + 1 });
      expect(other.agents[0]?.id).not.toBe(data.agents[0]?.id);
      expect(other.missions.map((m) => m.title)).not.toEqual(data.missions.map((m) => m.title));
    });

    it('keeps ids stable whatever the reference date and the sizes', () => {
      const later = generateDemoData({ referenceDate: new Date('2026-01-02T00:00:00Z') });
      expect(later.agents.map((a) => a.id)).toEqual(data.agents.map((a) => a.id));
      expect(later.missions.map((m) => m.id)).toEqual(data.missions.map((m) => m.id));
      const smaller = generateDemoData({
        referenceDate: REFERENCE,
        size: { agents: 30, missions: 12, applications: 5 },
      });
      expect(smaller.agents.map((a) => a.id)).toEqual(data.agents.slice(0, 30).map((a) => a.id));
      expect(smaller.missions.map((m) => m.id)).toEqual(data.missions.slice(0, 12).map((m) => m.id));
    });

    it('defaults the reference date to today at 00:00 UTC', () => {
      const now = new Date();
      const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
      const byDefault = generateDemoData({ size: { agents: 40, missions: 20, applications: 20 } });
      const explicit = generateDemoData({
        size: { agents: 40, missions: 20, applications: 20 },
        referenceDate: today,
      });
      expect(byDefault).toEqual(explicit);
      expect(violations(byDefault, today)).toEqual([]);
    });
  });

  describe('default size', () => {
    it('has the expected volumes', () => {
      expect(DEFAULT_DEMO_SIZE).toEqual({ agents: 320, missions: 140, applications: 220 });
      expect(data.agents.length).toBeGreaterThanOrEqual(300);
      expect(data.missions.length).toBeGreaterThanOrEqual(120);
      expect(data.applications.length).toBeGreaterThanOrEqual(200);
      expect(new Set(data.agents.map((a) => a.administrationId)).size).toBeGreaterThanOrEqual(15);
    });

    it('has a referential of real administrations and ~60 skills in every family', () => {
      expect(data.administrations.length).toBeGreaterThanOrEqual(20);
      const byId = new Map(data.administrations.map((a) => [a.id, a]));
      expect(byId.get('dinum')).toMatchObject({ acronym: 'DINUM', kind: AdministrationKind.DIRECTORATE });
      expect(byId.get(byId.get('dinum')?.parentId ?? '')?.name).toBe('Services du Premier ministre');
      expect(byId.get('anssi')?.parentId).toBe('sgdsn');
      expect(byId.get('dgfip')?.parentId).toBe('economie');
      for (const kind of Object.values(AdministrationKind)) {
        expect(data.administrations.some((a) => a.kind === kind)).toBe(true);
      }
      expect(data.skills.length).toBeGreaterThanOrEqual(55);
      expect(new Set(data.skills.map((s) => s.family))).toEqual(new Set(Object.values(SkillFamily)));
    });

    it('has every mission kind, mission status, domain and application status', () => {
      expect(new Set(data.missions.map((m) => m.kind))).toEqual(new Set(Object.values(MissionKind)));
      expect(new Set(data.missions.map((m) => m.status))).toEqual(new Set(Object.values(MissionStatus)));
      expect(new Set(data.missions.map((m) => m.domain))).toEqual(new Set(Object.values(MissionDomain)));
      expect(new Set(data.applications.map((a) => a.status))).toEqual(
        new Set(Object.values(ApplicationStatus)),
      );
      const statuses = countBy(data.missions, (m) => m.status);
      const published = statuses.get(MissionStatus.PUBLISHED) ?? 0;
      for (const [status, count] of statuses)
        if (status !== MissionStatus.PUBLISHED) expect(published).toBeGreaterThan(count);
    });

    it('has realistic proportions', () => {
      const share = (count: number, total: number): number => count / total;
      const agents = data.agents.length;
      const civilServants = data.agents.filter(
        (a) => a.employmentStatus === EmploymentStatus.CIVIL_SERVANT,
      ).length;
      expect(share(civilServants, agents)).toBeGreaterThan(0.55);
      expect(share(civilServants, agents)).toBeLessThan(0.75);
      const managers = new Set(data.agents.map((a) => a.managerId).filter((id) => id !== null)).size;
      expect(share(managers, agents)).toBeGreaterThan(0.1);
      expect(share(managers, agents)).toBeLessThan(0.22);
      const inDirectory = data.agents.filter((a) => a.inDirectory).length;
      expect(share(inDirectory, agents)).toBeGreaterThan(0.82);
      expect(share(inDirectory, agents)).toBeLessThan(0.97);

      const missions = data.missions.length;
      expect(share(data.missions.filter((m) => m.crisis).length, missions)).toBeGreaterThan(0.03);
      expect(share(data.missions.filter((m) => m.crisis).length, missions)).toBeLessThan(0.2);
      const restricted = data.missions.filter((m) => m.restrictedToAdministrationIds.length > 0);
      expect(share(restricted.length, missions)).toBeGreaterThan(0.1);
      expect(share(restricted.length, missions)).toBeLessThan(0.3);
      const usual = data.missions.filter((m) => m.effortHours >= 4 && m.effortHours <= 40).length;
      expect(share(usual, missions)).toBeGreaterThan(0.6);
      // The restriction rule is only tested for real if restricted missions do get applicants.
      const restrictedIds = new Set(restricted.map((m) => m.id));
      expect(data.applications.some((a) => restrictedIds.has(a.missionId))).toBe(true);
    });

    it('writes in French, with professional e-mails by administration', () => {
      const dinumAgent = data.agents.find((a) => a.administrationId === 'dinum');
      expect(dinumAgent?.email).toMatch(/@modernisation\.gouv\.fr$/);
      const anssiAgent = data.agents.find((a) => a.administrationId === 'anssi');
      expect(anssiAgent?.email).toMatch(/@ssi\.gouv\.fr$/);
      expect(data.missions.every((m) => m.description.length > 200)).toBe(true);
      expect(data.missions.some((m) => m.title.startsWith('Audit RGAA'))).toBe(true);
      expect(data.missions.every((m) => !/\b(undefined|null|NaN)\b/.test(m.title + m.description))).toBe(
        true,
      );
      expect(data.applications.every((a) => !/\b(undefined|null|NaN)\b/.test(a.motivation))).toBe(true);
    });

    it('satisfies every domain rule', () => {
      expect(violations(data, REFERENCE)).toEqual([]);
    });
  });

  describe('roles', () => {
    it('makes each mission’s contact a référent of its host, in many administrations', () => {
      const referents = data.hostReferents ?? [];
      expect(new Set(referents.map((r) => r.administrationId)).size).toBeGreaterThanOrEqual(10);
      const contacts = new Set(data.missions.map((m) => `${m.contactAgentId}:${m.hostAdministrationId}`));
      expect(new Set(referents.map((r) => `${r.agentId}:${r.administrationId}`))).toEqual(contacts);
    });

    it('has a programme team of one to three in the mission Talents numériques', () => {
      const admins = data.programmeAdmins ?? [];
      expect(admins.length).toBeGreaterThanOrEqual(1);
      expect(admins.length).toBeLessThanOrEqual(3);
      const team = data.agents.filter((a) => admins.includes(a.id));
      expect(
        team.every((a) => a.administrationId === 'dinum' && a.unit === 'Mission Talents numériques'),
      ).toBe(true);
    });

    it('moves one DINUM agent who manages nobody into the unit when nobody drew it, and caps the team at three', () => {
      const dinum = data.agents.filter((a) => a.administrationId === 'dinum').slice(0, 5);
      const other = data.agents.find((a) => a.administrationId !== 'dinum')!;
      const generated = (agent: DemoAgent, unit: string, isManager = false) =>
        ({ agent: { ...agent, unit }, isManager }) as unknown as GeneratedAgent;

      const nobody = [
        generated(other, 'Mission Talents numériques'),
        ...dinum.map((a, i) => generated(a, 'Autre', i === 0)),
      ];
      expect(appointProgrammeTeam(nobody)).toEqual([dinum[1]!.id]);
      expect(nobody[2]!.agent.unit).toBe('Mission Talents numériques');
      expect(nobody.filter((g) => g.agent.unit === 'Mission Talents numériques')).toHaveLength(2);

      const crowded = dinum.map((a) => generated(a, 'Mission Talents numériques'));
      expect(appointProgrammeTeam(crowded)).toEqual(dinum.slice(0, 3).map((a) => a.id));
      expect(appointProgrammeTeam([generated(other, 'Mission Talents numériques')])).toEqual([]);
    });

    it('has a few agents hiding from administrations, without shifting anything else', () => {
      const hiding = data.agents.filter((a) => (a.hiddenFrom ?? []).length > 0);
      expect(hiding.length).toBeGreaterThanOrEqual(3);
      expect(hiding.length).toBeLessThan(data.agents.length * 0.1);
      expect(hiding.every((a) => a.hiddenFrom?.includes(a.administrationId))).toBe(true);
    });
  });

  describe('referential', () => {
    it('only names existing skills in mission templates, and business templates lead with achat or juridique', () => {
      for (const template of MISSION_TEMPLATES) {
        for (const entry of template.skills.flat()) expect(SKILL_BY_ID.has(entry)).toBe(true);
        if (template.domain === MissionDomain.BUSINESS) {
          const first = template.skills[0];
          const family = typeof first === 'string' ? SKILL_BY_ID.get(first)?.family : undefined;
          expect([SkillFamily.PROCUREMENT, SkillFamily.LEGAL]).toContain(family);
        }
      }
    });

    it('strips accents and apostrophes from e-mails', () => {
      expect(emailPart('Gwenaëlle')).toBe('gwenaelle');
      expect(emailPart('N’Diaye')).toBe('ndiaye');
      expect(emailPart('Le Gall')).toBe('le-gall');
      expect(emailPart('Jean-Baptiste')).toBe('jean-baptiste');
    });
  });

  describe('other sizes and seeds', () => {
    const cases: [string, DemoSize, number][] = [
      ['small', { agents: 20, missions: 10, applications: 10 }, DEFAULT_DEMO_SEED],
      ['tiny', { agents: 3, missions: 2, applications: 5 }, DEFAULT_DEMO_SEED],
      ['empty', { agents: 0, missions: 5, applications: 5 }, DEFAULT_DEMO_SEED],
      ['benchmark 10', { agents: 300, missions: 10, applications: 20 }, 7],
      ['benchmark 100', { agents: 300, missions: 100, applications: 200 }, 8],
      ['benchmark 1,000', { agents: 300, missions: 1000, applications: 2000 }, 9],
      ['crowded', { agents: 60, missions: 40, applications: 3000 }, 10],
      ['default size, other seed', DEFAULT_DEMO_SIZE, 11],
    ];
    it.each(cases)('%s dataset satisfies every domain rule', (_name, size, seed) => {
      const generated = generateDemoData({ size, seed, referenceDate: REFERENCE });
      expect(violations(generated, REFERENCE)).toEqual([]);
      expect(generated.agents).toHaveLength(size.agents);
      if (size.agents > 0) expect(generated.missions).toHaveLength(size.missions);
      expect(generated.applications.length).toBeLessThanOrEqual(size.applications);
    });

    it('fills the requested applications when there are enough candidates', () => {
      const generated = generateDemoData({ size: { agents: 300, missions: 1000, applications: 2000 } });
      expect(generated.applications).toHaveLength(2000);
      const small = generateDemoData({
        size: { agents: 20, missions: 10, applications: 10 },
        referenceDate: REFERENCE,
      });
      expect(small.applications).toHaveLength(10);
    });

    it('refuses negative or fractional sizes', () => {
      expect(() => generateDemoData({ size: { agents: -1, missions: 1, applications: 1 } })).toThrow(
        RangeError,
      );
      expect(() => generateDemoData({ size: { agents: 1, missions: 1.5, applications: 1 } })).toThrow(
        /missions/,
      );
    });
  });

  describe('the invariant checker', () => {
    // Guards against a checker that passes everything: each corruption must be reported.
    const corrupt = (mutate: (copy: DemoData) => void): string[] => {
      const copy = generateDemoData({
        referenceDate: REFERENCE,
        size: { agents: 60, missions: 30, applications: 60 },
      });
      mutate(copy);
      return violations(copy, REFERENCE);
    };
    const first = <T>(items: readonly T[], predicate: (item: T) => boolean = () => true): T => {
      const found = items.find(predicate);
      if (!found) throw new Error('no item to corrupt');
      return found;
    };

    it('reports broken rows', () => {
      expect(corrupt(() => undefined)).toEqual([]);
      expect(
        corrupt((d) => void (first(d.missions).applicationDeadline = first(d.missions).startDate)),
      ).not.toEqual([]);
      expect(
        corrupt((d) => void (first(d.missions).endDate = addMonths(first(d.missions).startDate, 13))),
      ).not.toEqual([]);
      expect(corrupt((d) => void (first(d.missions).effortHours = 106))).not.toEqual([]);
      expect(
        corrupt((d) => {
          const filled = first(d.missions, (m) => m.status === MissionStatus.FILLED);
          filled.seats += 1;
        }),
      ).not.toEqual([]);
      expect(
        corrupt((d) => {
          const [a, b] = d.agents;
          if (a && b) b.email = a.email;
        }),
      ).not.toEqual([]);
      expect(
        corrupt((d) => d.applications.push({ ...first(d.applications), id: first(d.missions).id })),
      ).not.toEqual([]);
      expect(
        corrupt((d) => {
          const manager = first(d.agents, (a) => a.managerId !== null);
          const boss = first(d.agents, (a) => a.id === manager.managerId);
          boss.managerId = manager.id;
        }),
      ).not.toEqual([]);
      expect(
        corrupt((d) => {
          const application = first(d.applications);
          const mission = first(d.missions, (m) => m.id === application.missionId);
          mission.restrictedToAdministrationIds = [mission.hostAdministrationId, 'inexistante'];
        }),
      ).not.toEqual([]);
      expect(corrupt((d) => void (first(d.applications).missionId = 'inconnue'))).not.toEqual([]);
      expect(corrupt((d) => void d.hostReferents?.pop())).not.toEqual([]);
      expect(
        corrupt((d) => {
          const outsider = first(d.agents, (a) => a.administrationId !== 'dinum');
          d.programmeAdmins = [...(d.programmeAdmins ?? []), outsider.id];
        }),
      ).not.toEqual([]);
      expect(corrupt((d) => void (first(d.agents).hiddenFrom = ['inexistante']))).not.toEqual([]);
    });
  });
});
