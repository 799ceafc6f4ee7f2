import type { ChildProcess } from 'node:child_process';

export interface Announcement {
  /** The first group of the pattern, as the process wrote it. */
  value: string;
  /** Everything the process has written so far, stdout and stderr together (it keeps growing). */
  output: () => string;
}

/**
 * How the tests learn that a process they started is ready: it writes a line (`pattern`, whose
 * first group is returned: a URL, an issuer). Rejects with what it wrote if it exits first or says
 * nothing of the kind within `timeoutMs`; `name` says who, in the message.
 */
export function announcement(
  child: ChildProcess,
  pattern: RegExp,
  name: string,
  timeoutMs: number,
): Promise<Announcement> {
  let output = '';
  return new Promise<Announcement>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} ne s’est pas annoncé en ${timeoutMs} ms :\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ value: match[1], output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} s’est arrêté (code ${code}) :\n${output}`));
    });
  });
}
