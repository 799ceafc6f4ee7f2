import { SkillFamily } from '@talents/common';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'skill' })
export class SkillEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  family!: SkillFamily;
}
