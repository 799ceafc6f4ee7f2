import { notFound, type RequestContext } from '@talents/common';
import { AdministrationEntity } from './administration.entity';
import { administrationById } from './administration.loader';
import { Administration } from './administration.types';

export class AdministrationService {
  constructor(private readonly ctx: RequestContext) {}

  async list(): Promise<Administration[]> {
    const rows = await this.ctx.db
      .getRepository(AdministrationEntity)
      .find({ order: { name: 'ASC', id: 'ASC' } });
    const loader = administrationById(this.ctx);
    return rows.map((row) => {
      const administration = Administration.fromEntity(row);
      // Parents are then served from this list instead of a second query.
      loader.prime(administration.id, administration);
      return administration;
    });
  }

  async get(id: string): Promise<Administration> {
    const administration = await administrationById(this.ctx).load(id);
    if (!administration) throw notFound('Administration', id);
    return administration;
  }

  async find(id: string | null): Promise<Administration | null> {
    return id === null ? null : administrationById(this.ctx).load(id);
  }
}
