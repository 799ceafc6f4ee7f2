import { keyedLoader, requestLoader } from '@talents/common';
import { In } from 'typeorm';
import { AdministrationEntity } from './administration.entity';
import { Administration } from './administration.types';

/** Administrations by id, one `IN (…)` query per batch; unknown ids give null. */
export const administrationById = requestLoader((db) =>
  keyedLoader<string, Administration>(
    async (ids) =>
      (await db.getRepository(AdministrationEntity).findBy({ id: In([...ids]) })).map(
        Administration.fromEntity,
      ),
    (administration) => administration.id,
  ),
);
