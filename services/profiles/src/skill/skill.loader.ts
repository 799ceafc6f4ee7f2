import { keyedLoader, requestLoader } from '@talents/common';
import { In } from 'typeorm';
import { SkillEntity } from './skill.entity';
import { Skill } from './skill.types';

/** Skills by id, one `IN (…)` query per batch; unknown ids give null. */
export const skillById = requestLoader((db) =>
  keyedLoader<string, Skill>(
    async (ids) => (await db.getRepository(SkillEntity).findBy({ id: In([...ids]) })).map(Skill.fromEntity),
    (skill) => skill.id,
  ),
);
