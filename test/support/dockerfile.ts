import { execFile } from 'node:child_process';
import { cp, lstat, mkdtemp, readFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The Dockerfile read as a recipe, so that CI — which has no Docker engine — builds each image's
 * /app the way `docker build` would and runs its CMD: the image the tests run is the image the file
 * describes, not a copy of it kept by hand. Only the instructions the Dockerfile uses are
 * understood; anything else fails the test, so the file cannot drift past what is checked.
 */
export interface Stage {
  name: string;
  /** Another stage of the file, or the base image. */
  from: string;
  steps: Step[];
}

export type Step =
  | { kind: 'copy'; fromStage: string | null; sources: string[]; destination: string }
  | { kind: 'run'; command: string }
  | { kind: 'env'; name: string; value: string }
  | { kind: 'cmd'; argv: string[] }
  | { kind: 'user'; user: string }
  | { kind: 'healthcheck'; argv: string[] }
  | { kind: 'other'; instruction: string };

export function parseDockerfile(text: string): Map<string, Stage> {
  const stages = new Map<string, Stage>();
  let current: Stage | null = null;
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  for (const line of lines) {
    const [instruction = '', ...rest] = line.split(/\s+/);
    const argument = line.slice(instruction.length).trim();
    switch (instruction.toUpperCase()) {
      case 'ARG':
        break;
      case 'FROM': {
        const match = /^(\S+)\s+AS\s+(\S+)$/i.exec(argument);
        if (!match) throw new Error(`FROM sans nom d’étape : ${line}`);
        current = { name: match[2]!, from: match[1]!, steps: [] };
        stages.set(current.name, current);
        break;
      }
      default: {
        if (!current) throw new Error(`Instruction avant tout FROM : ${line}`);
        current.steps.push(parseStep(instruction.toUpperCase(), rest, argument, line));
      }
    }
  }
  return stages;
}

function parseStep(instruction: string, words: string[], argument: string, line: string): Step {
  switch (instruction) {
    case 'COPY': {
      const fromStage = words[0]?.startsWith('--from=') ? words[0].slice('--from='.length) : null;
      const paths = fromStage ? words.slice(1) : words;
      if (paths.length < 2 || paths.some((word) => word.startsWith('--'))) {
        throw new Error(`COPY non pris en charge : ${line}`);
      }
      return { kind: 'copy', fromStage, sources: paths.slice(0, -1), destination: paths.at(-1)! };
    }
    case 'RUN':
      return { kind: 'run', command: argument };
    case 'ENV': {
      const match = /^([A-Z_][A-Z0-9_]*)=(\S+)$/.exec(argument);
      if (!match) throw new Error(`ENV non pris en charge : ${line}`);
      return { kind: 'env', name: match[1]!, value: match[2]! };
    }
    case 'CMD':
      return { kind: 'cmd', argv: JSON.parse(argument) as string[] };
    case 'USER':
      return { kind: 'user', user: argument };
    case 'HEALTHCHECK': {
      const json = argument.slice(argument.indexOf('CMD ') + 4);
      return { kind: 'healthcheck', argv: JSON.parse(json) as string[] };
    }
    case 'WORKDIR':
    case 'EXPOSE':
      return { kind: 'other', instruction };
    default:
      throw new Error(`Instruction non prise en charge : ${line}`);
  }
}

export interface AssembledImage {
  /** The image's /app. */
  dir: string;
  env: Record<string, string>;
  cmd: string[];
  user: string | null;
  healthcheck: string[] | null;
  /** What `RUN du -sh /app` printed, in bytes. */
  appBytes: number | null;
}

/**
 * Assembles the stages of a Dockerfile into directories under `workDir`: the `build` stage is
 * this checkout (built beforehand), `COPY` from the context copies from `root`, `RUN npm ci …`
 * runs in the stage's directory (npm's cache on this machine stands in for the registry), and a
 * stage built from another starts as a hard-linked copy of it, as a layer would.
 */
export class ImageAssembler {
  private readonly built = new Map<string, Promise<AssembledImage>>();

  constructor(
    private readonly stages: Map<string, Stage>,
    private readonly root: string,
    private readonly workDir: string,
    private readonly buildStage = 'build',
    private readonly buildDir = '/src',
  ) {}

  assemble(name: string): Promise<AssembledImage> {
    let image = this.built.get(name);
    if (!image) {
      image = this.assembleStage(name);
      this.built.set(name, image);
    }
    return image;
  }

  private async assembleStage(name: string): Promise<AssembledImage> {
    const stage = this.stages.get(name);
    if (!stage || name === this.buildStage) throw new Error(`Étape inconnue ou non assemblable : ${name}`);
    const dir = await mkdtemp(path.join(this.workDir, `${name}-`));
    let image: AssembledImage = { dir, env: {}, cmd: [], user: null, healthcheck: null, appBytes: null };
    if (this.stages.has(stage.from)) {
      const parent = await this.assemble(stage.from);
      await run('cp', ['-a', '--link', `${parent.dir}/.`, dir]);
      image = { ...parent, dir, env: { ...parent.env } };
    }
    for (const step of stage.steps) await this.apply(step, image);
    return image;
  }

  private async apply(step: Step, image: AssembledImage): Promise<void> {
    switch (step.kind) {
      case 'copy':
        for (const source of step.sources)
          await this.copy(step.fromStage, source, step.destination, image.dir);
        return;
      case 'run':
        for (const command of step.command.split('&&').map((part) => part.trim())) {
          await this.runCommand(command, image);
        }
        return;
      case 'env':
        image.env[step.name] = step.value;
        return;
      case 'cmd':
        image.cmd = step.argv;
        return;
      case 'user':
        image.user = step.user;
        return;
      case 'healthcheck':
        image.healthcheck = step.argv;
        return;
      case 'other':
        return;
    }
  }

  private async copy(
    fromStage: string | null,
    source: string,
    destination: string,
    dir: string,
  ): Promise<void> {
    let from: string;
    if (fromStage === null) from = path.join(this.root, source);
    else if (fromStage === this.buildStage && source.startsWith(`${this.buildDir}/`)) {
      from = path.join(this.root, source.slice(this.buildDir.length + 1));
    } else throw new Error(`COPY --from=${fromStage} ${source} non pris en charge`);
    const to = destination.endsWith('/')
      ? path.join(dir, destination, path.basename(source))
      : destination === './'
        ? path.join(dir, path.basename(source))
        : path.join(dir, destination);
    // A file the parent stage had is a hard link to the parent's: replaced, never written through.
    const existing = await lstat(to).catch(() => null);
    if (existing?.isFile()) await unlink(to);
    await cp(from, to, { recursive: true });
  }

  private async runCommand(command: string, image: AssembledImage): Promise<void> {
    const words = command.split(/\s+/);
    if (command.startsWith('npm ci ')) {
      // The image's npm ci, with the machine's cache; NODE_ENV as the image sets it.
      await run('npm', [...words.slice(1), '--prefer-offline'], {
        cwd: image.dir,
        env: { ...process.env, ...image.env, NODE_OPTIONS: '' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } else if (command === 'npm cache clean --force') {
      // Only the image's own cache is cleaned; here it is the machine's, which stays.
    } else if (command === 'du -sh /app') {
      const { stdout } = await run('du', ['-sb', image.dir]);
      image.appBytes = Number(stdout.split(/\s/)[0]);
    } else {
      throw new Error(`RUN non pris en charge par l’assemblage des images : ${command}`);
    }
  }
}

/** The Dockerfile of the checkout at `root`, parsed. */
export async function readDockerfile(root: string): Promise<Map<string, Stage>> {
  return parseDockerfile(await readFile(path.join(root, 'Dockerfile'), 'utf8'));
}

/** Default temporary parent for assembled images. */
export function imagesWorkDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'talents-images-'));
}
