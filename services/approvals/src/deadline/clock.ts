import { todayInParis } from '@talents/common';

/*
 * The clock of approvals' deadlines: the apply that sets a deadline and the sweep that sends the
 * reminders and expires read it here, so that tests move time forward instead of sleeping. Only
 * tests change it; both replicas of a test run in one process and share it, as they would share
 * the wall clock.
 */
let clock: () => Date = () => new Date();

export function approvalsNow(): Date {
  return clock();
}

/** Today in Europe/Paris by the approvals clock. */
export function approvalsToday(): string {
  return todayInParis(clock());
}

/** Test hook: `null` puts the wall clock back. */
export function setApprovalsClock(now: (() => Date) | null): void {
  clock = now ?? (() => new Date());
}
