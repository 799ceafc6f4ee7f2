import { AdministrationKind } from '@talents/common';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'administration' })
export class AdministrationEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  acronym!: string | null;

  @Column({ type: 'text' })
  kind!: AdministrationKind;

  @Column({ type: 'text', name: 'parent_id', nullable: true })
  parentId!: string | null;
}
