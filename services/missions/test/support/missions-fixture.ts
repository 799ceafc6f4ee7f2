import { randomUUID } from 'node:crypto';

/**
 * What the missions suites (services/missions/test/missions-*.test.ts) share: two contacts, the
 * first error of a refusal, and every field of a mission.
 */
export type GqlError = {
  message: string;
  extensions?: Record<string, unknown> & { code?: string; field?: string };
};

export const HOST_AGENT = randomUUID();
export const OTHER_AGENT = randomUUID();

export function firstError(response: { errors?: GqlError[] }): GqlError {
  expect(response.errors).toBeDefined();
  return (response.errors as GqlError[])[0] as GqlError;
}

export const MISSION_FIELDS = `
  id title kind kindLabel domain description effortHours startDate endDate applicationDeadline
  workMode location seats crisis status returnReason createdAt publishedAt updatedAt
  hostAdministration { id } contact { id } restrictedTo { id }
  requiredSkills { skill { id } minLevel }
`;
