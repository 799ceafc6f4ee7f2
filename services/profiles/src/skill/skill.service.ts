import type { RequestContext, SkillFamily } from '@talents/common';
import { SkillEntity } from './skill.entity';
import { Skill } from './skill.types';

export class SkillService {
  constructor(private readonly ctx: RequestContext) {}

  async list(family: SkillFamily | null | undefined): Promise<Skill[]> {
    const rows = await this.ctx.db.getRepository(SkillEntity).find({
      // Optional arguments never go straight into `where` (TypeORM 1.x rejects undefined).
      where: family ? { family } : {},
      order: { family: 'ASC', label: 'ASC', id: 'ASC' },
    });
    return rows.map(Skill.fromEntity);
  }
}
