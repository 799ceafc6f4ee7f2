import { runRollingRestart, type RollingRestartReport } from '../test/support/rolling-restart';
import { printTable, withPostgresServer } from './support';

/**
 * `npm run bench` (issue 19): the rolling restart of test/integration/rolling-restart.test.ts —
 * two gateways and two replicas of each subgraph behind round-robin proxies, a steady load and
 * three live subscribers, every process restarted one at a time — with its figures: requests
 * during the restart, failures (as the test counts them), events delivered / expected, writes
 * acknowledged / found, how long it took. Once with SIGTERM (graceful shutdown), once with SIGKILL
 * for comparison (`BENCH_ROLLING_SIGNALS=SIGTERM` for the first only).
 */
const SIGNALS = (process.env.BENCH_ROLLING_SIGNALS ?? 'SIGTERM,SIGKILL').split(',') as NodeJS.Signals[];

function row(report: RollingRestartReport): string[] {
  const { subscribers, expected } = report.events;
  const delivered = subscribers.reduce((sum, s) => sum + s.delivered, 0);
  const lost = subscribers.reduce((sum, s) => sum + s.lost.length, 0);
  const duplicated = subscribers.reduce((sum, s) => sum + s.duplicated.length, 0);
  const unexpected = subscribers.reduce((sum, s) => sum + s.unexpected.length, 0);
  const resumes = subscribers.reduce((sum, s) => sum + s.resumes, 0);
  const cleanExits = report.restarts.filter(({ exitCode }) => exitCode === 0).length;
  return [
    report.signal,
    `${(report.durationMs / 1000).toFixed(1)} s`,
    String(report.requests.duringRestart),
    String(report.requests.retried),
    String(report.requests.failures.length),
    `${delivered} / ${expected * subscribers.length}`,
    `${lost} / ${duplicated}`,
    `${resumes} / ${unexpected}`,
    `${report.writes.found} / ${report.writes.acknowledged}`,
    `${cleanExits} / ${report.restarts.length}`,
  ];
}

async function main(): Promise<void> {
  const reports: RollingRestartReport[] = [];
  await withPostgresServer(async (serverUrl) => {
    for (const signal of SIGNALS) {
      reports.push(
        await runRollingRestart({ signal, serverUrl, log: (line) => console.error(`  ${signal} ${line}`) }),
      );
    }
  });
  console.log(
    '\nRedémarrage progressif sous charge (8 processus un à un ; 3 lecteurs, un écrivain, un publicateur, 3 abonnés) :\n',
  );
  printTable(
    [
      'signal',
      'durée',
      'requêtes pendant',
      'rejouées',
      'en échec',
      'événements reçus / attendus',
      'perdus / répétés',
      'reprises 1012 / autres fermetures',
      'écritures trouvées / confirmées',
      'sorties code 0',
    ],
    reports.map(row),
  );
  for (const report of reports) {
    console.log(
      `\n${report.signal} : arrêt (ms) ${report.restarts.map(({ process, stopMs }) => `${process} ${stopMs}`).join(', ')}`,
    );
    for (const failure of report.requests.failures.slice(0, 5)) {
      console.log(`  échec ${failure.operation} : ${failure.reason.slice(0, 160)}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
