import { Column, Entity, PrimaryColumn } from 'typeorm';
import { columnsNotAccountedFor, entityMapper } from '@talents/common';

@Entity({ name: 'probe_thing' })
class ThingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ type: 'integer' })
  version!: number;
}

const exportAll = (thing: ThingEntity) => ({
  id: thing.id,
  label: thing.label,
  createdAt: thing.createdAt.toISOString(),
  tags: [...thing.tags],
});

describe('columnsNotAccountedFor: every column is exported or left out for a reason', () => {
  it('is empty when the export reads every column but those it leaves out', () => {
    const mapper = entityMapper({
      entity: ThingEntity,
      toGraph: (thing: ThingEntity) => thing,
      toExport: exportAll,
      notExported: { version: 'a count of writes' },
    });
    expect(columnsNotAccountedFor(mapper)).toEqual({ unaccounted: [], staleExclusions: [] });
  });

  it('names a column the export forgot, which the graph alone reads', () => {
    const mapper = entityMapper({
      entity: ThingEntity,
      toGraph: (thing: ThingEntity) => ({ id: thing.id, label: thing.label, tags: thing.tags }),
      toExport: (thing: ThingEntity) => ({ id: thing.id, createdAt: thing.createdAt.toISOString() }),
      notExported: { version: 'a count of writes' },
    });
    expect(columnsNotAccountedFor(mapper).unaccounted).toEqual(['label', 'tags']);
  });

  it('names a reason left for a column that is gone', () => {
    // As a mapper reads once a column is dropped from the entity: its reason stays behind.
    const notExported: Record<string, string> = { version: 'a count of writes', formerColumn: 'gone' };
    const mapper = entityMapper({
      entity: ThingEntity,
      toGraph: (thing: ThingEntity) => thing,
      toExport: exportAll,
      notExported,
    });
    expect(columnsNotAccountedFor(mapper).staleExclusions).toEqual(['formerColumn']);
  });
});
