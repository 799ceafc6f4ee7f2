import { EmploymentStatus, WorkMode } from '@talents/common';
import type { DemoAgent } from '@talents/demo';

/**
 * Builds the hand-made agents of a profiles suite: agent `index` gets the id `idOf(index)`, a name,
 * an e-mail and a job that say its index, the suite's `defaults` (skills, hours…) and its own
 * `overrides`.
 */
export function demoAgentFactory(
  idOf: (index: number) => string,
  defaults: Pick<DemoAgent, 'skills' | 'availableHoursPerMonth' | 'availableFrom'>,
) {
  return (index: number, overrides: Partial<DemoAgent> = {}): DemoAgent => ({
    id: idOf(index),
    firstName: `Prénom${index}`,
    lastName: `Nom${String(index).padStart(3, '0')}`,
    email: `agent${index}@numerique.gouv.fr`,
    phone: '01 23 45 67 89',
    employmentStatus: EmploymentStatus.CIVIL_SERVANT,
    administrationId: 'dinum',
    unit: 'Pôle produits',
    jobTitle: 'Développeuse',
    city: 'Paris',
    departmentCode: '75',
    workMode: WorkMode.HYBRID,
    availableUntil: null,
    managerId: null,
    inDirectory: true,
    hiddenFrom: [],
    createdAt: new Date(Date.UTC(2025, 0, 1)),
    ...defaults,
    ...overrides,
  });
}
