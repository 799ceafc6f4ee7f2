import type { DemoData } from '@talents/demo';

type DemoAgent = DemoData['agents'][number];

/**
 * Agents a browser suite can take through an application from start to end: with skills and a
 * manager of record, nothing pending already, and neither they nor their manager of the programme
 * team, a host referent or one of `alsoExcluded`, whose screens would show more than the scenario.
 * In the demo data's order.
 */
export function agentsFreeToApply(demo: DemoData, alsoExcluded: readonly string[] = []): DemoAgent[] {
  const excluded = new Set([
    ...(demo.programmeAdmins ?? []),
    ...(demo.hostReferents ?? []).map((r) => r.agentId),
    ...alsoExcluded,
  ]);
  const pending = new Set(
    demo.applications
      .filter((a) => a.status === 'SUBMITTED' || a.status === 'MANAGER_APPROVED')
      .map((a) => a.agentId),
  );
  return demo.agents.filter(
    (a) =>
      a.managerId &&
      !excluded.has(a.id) &&
      !excluded.has(a.managerId) &&
      !pending.has(a.id) &&
      a.skills.length > 0,
  );
}
