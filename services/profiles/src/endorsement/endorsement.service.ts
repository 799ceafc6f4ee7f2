import type { RequestContext } from '@talents/common';
import { agentSkillsByAgentId } from '../agent/agent.loader';
import { Mission } from '../matching/mission.types';
import { skillById } from '../skill/skill.loader';
import { Skill } from '../skill/skill.types';
import type { SkillEndorsementEntity } from './endorsement.entity';
import { endorsementsByAgentId } from './endorsement.loader';
import { EndorsedOnlySkill, SkillEndorsement } from './endorsement.types';

/** The endorser stays an id here: `SkillEndorsement.endorsedBy` resolves it through a loader. */
export type LoadedEndorsement = SkillEndorsement & { endorsedById: string };

function toEndorsement(row: SkillEndorsementEntity): LoadedEndorsement {
  return Object.assign(new SkillEndorsement(), {
    endorsedById: row.endorsedBy,
    mission: Object.assign(new Mission(), { id: row.missionId }),
    endorsedAt: row.endorsedAt,
  }) as LoadedEndorsement;
}

/** The endorsements of one of the agent's skills, from the oldest. */
export async function endorsementsOf(
  ctx: RequestContext,
  agentId: string,
  skillId: string,
): Promise<LoadedEndorsement[]> {
  const rows = await endorsementsByAgentId(ctx).load(agentId);
  return rows.filter((row) => row.skillId === skillId).map(toEndorsement);
}

/**
 * Skills endorsed that the agent has not declared, by family then label like the declared ones:
 * evidence shown beside them rather than a claim made in the agent's name (no level is invented).
 */
export async function endorsedOnlySkillsOf(
  ctx: RequestContext,
  agentId: string,
): Promise<EndorsedOnlySkill[]> {
  const [rows, declared] = await Promise.all([
    endorsementsByAgentId(ctx).load(agentId),
    agentSkillsByAgentId(ctx).load(agentId),
  ]);
  const held = new Set(declared.map((row) => row.agentSkill.skill.id));
  const bySkill = new Map<string, SkillEndorsementEntity[]>();
  for (const row of rows) {
    if (held.has(row.skillId)) continue;
    const list = bySkill.get(row.skillId);
    if (list) list.push(row);
    else bySkill.set(row.skillId, [row]);
  }
  const ids = [...bySkill.keys()];
  const skills = await skillById(ctx).loadMany(ids);
  return skills
    .flatMap((skill, index) => {
      if (!(skill instanceof Skill)) return [];
      const endorsements = bySkill.get(ids[index]!)!.map(toEndorsement);
      return [
        Object.assign(new EndorsedOnlySkill(), {
          skill,
          endorsements,
          endorsementCount: endorsements.length,
        }),
      ];
    })
    .sort(
      (a, b) =>
        a.skill.family.localeCompare(b.skill.family) || a.skill.label.localeCompare(b.skill.label, 'fr'),
    );
}
