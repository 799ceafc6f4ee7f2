/**
 * `npm test`'s checks before Jest — types, lint, module boundaries, format — run at once rather
 * than one after the other: each is mostly one core's work, and the machine has two. Each check's
 * output is printed whole once it ends, so that two never interleave; any failure fails the lot
 * after all have ended, every failure shown.
 */
import { spawn } from 'node:child_process';

const CHECKS = ['typecheck', 'lint', 'lint:boundaries', 'format:check'];

function runCheck(script) {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ script, ok: false, output: `${output}${error.message}\n` }));
    child.once('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      const status = ok ? `réussi en ${seconds} s` : `ÉCHEC (${signal ?? `code ${code}`}) en ${seconds} s`;
      process.stdout.write(`\n── npm run ${script} : ${status}\n${output}`);
      resolve({ script, ok });
    });
  });
}

const results = await Promise.all(CHECKS.map(runCheck));
const failed = results.filter((result) => !result.ok).map((result) => result.script);
if (failed.length > 0) {
  process.stdout.write(`\nVérifications en échec : ${failed.join(', ')}.\n`);
  process.exitCode = 1;
}
