import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const HEALTH_PATHS = ['/healthz', '/readyz'];

interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  [field: string]: unknown;
}

interface Container {
  name: string;
  ports?: { name?: string; containerPort: number }[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: SecurityContext;
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; optional?: boolean } } }[];
}
interface Probe {
  httpGet?: { path?: string; port?: string | number };
}
interface SecurityContext {
  allowPrivilegeEscalation?: boolean;
  readOnlyRootFilesystem?: boolean;
  runAsNonRoot?: boolean;
  capabilities?: { drop?: string[] };
  seccompProfile?: { type?: string };
}
interface PodSpec {
  securityContext?: SecurityContext;
  containers: Container[];
  terminationGracePeriodSeconds?: number;
}

/** `kubectl kustomize`: kubectl from Debian's kubernetes-client (.ci/run installs it), kustomize v2 and later. */
function render(directory: string): KubeObject[] {
  let output: string;
  try {
    output = execFileSync('kubectl', ['kustomize', path.join(ROOT, directory)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT') {
      throw new Error('kubectl est absent : apt-get install kubernetes-client (ce que fait .ci/run).');
    }
    throw new Error(`kubectl kustomize ${directory} a échoué : ${stderr}`);
  }
  return parseAllDocuments(output).map((document) => document.toJS() as KubeObject);
}

/** The kubernetes-models class of an object (Kubernetes API 1.32's OpenAPI), or null. */
function modelOf(object: KubeObject): (new (data: unknown) => { validate(): void }) | null {
  // `v1` (the core group) and `group/version` are both folders of the package.
  const modulePath = `kubernetes-models/${object.apiVersion}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- one module per API group, picked at run time
    const models = require(modulePath) as Record<string, new (data: unknown) => { validate(): void }>;
    return models[object.kind] ?? null;
  } catch {
    return null;
  }
}

/**
 * kustomize 5 wraps a long Secret value's base64 over several lines; the API server's decoder skips
 * the line breaks, the schema's `byte` format does not.
 */
function withoutWrappedBase64(object: KubeObject): KubeObject {
  if (object.kind !== 'Secret' || !object.data) return object;
  const data = Object.fromEntries(
    Object.entries(object.data as Record<string, string>).map(([key, value]) => [
      key,
      value.replace(/\s/g, ''),
    ]),
  );
  return { ...object, data };
}

/** Each object checked against the API schema: '<kind>/<name>: <what is wrong>', or nothing. */
function schemaViolations(objects: KubeObject[]): string[] {
  const violations: string[] = [];
  for (const object of objects) {
    const Model = modelOf(object);
    const id = `${object.kind}/${object.metadata?.name}`;
    if (!Model) {
      violations.push(`${id}: type inconnu de l’API (${object.apiVersion})`);
      continue;
    }
    try {
      new Model(withoutWrappedBase64(object)).validate();
    } catch (error) {
      violations.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return violations;
}

function podSpecOf(object: KubeObject): PodSpec | null {
  if (object.kind !== 'Deployment' && object.kind !== 'Job') return null;
  return (object.spec as { template: { spec: PodSpec } }).template.spec;
}

function effective<K extends keyof SecurityContext>(pod: PodSpec, container: Container, key: K) {
  return container.securityContext?.[key] ?? pod.securityContext?.[key];
}

/** What the hub's policy requires of every workload; prod adds replicas, autoscaling and budgets. */
/**
 * How long a process may take to stop on SIGTERM (docs/operations.md, « Arrêt ») with the settings
 * its ConfigMaps give it: SHUTDOWN_DELAY_MS, SHUTDOWN_DRAIN_MS (defaults 0 and 10 000), then the
 * event bus's 5 s for the job in hand. Kubernetes kills the container at the end of its grace.
 */
function shutdownBudgetMs(objects: KubeObject[], pod: PodSpec): number {
  const settings: Record<string, string> = {};
  for (const container of pod.containers) {
    for (const source of container.envFrom ?? []) {
      const configMap = objects.find(
        (o) => o.kind === 'ConfigMap' && o.metadata.name === source.configMapRef?.name,
      ) as { data?: Record<string, string> } | undefined;
      Object.assign(settings, configMap?.data);
    }
  }
  return Number(settings.SHUTDOWN_DELAY_MS ?? 0) + Number(settings.SHUTDOWN_DRAIN_MS ?? 10_000) + 5_000;
}

function policyViolations(objects: KubeObject[], options: { production: boolean }): string[] {
  const violations: string[] = [];
  const names = (kind: string) => new Set(objects.filter((o) => o.kind === kind).map((o) => o.metadata.name));
  const configMaps = names('ConfigMap');
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (!pod) continue;
    for (const container of pod.containers) {
      const id = `${object.kind}/${object.metadata.name}/${container.name}`;
      if (object.kind === 'Deployment') {
        const portNames = new Set((container.ports ?? []).map((port) => port.name));
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'] as const) {
          const http = container[probe]?.httpGet;
          if (!http) violations.push(`${id}: pas de ${probe} HTTP`);
          else if (!HEALTH_PATHS.includes(http.path ?? '') || !portNames.has(String(http.port))) {
            violations.push(`${id}: ${probe} ailleurs que /healthz ou /readyz du port nommé`);
          }
        }
      }
      for (const resource of ['cpu', 'memory']) {
        if (!container.resources?.requests?.[resource]) violations.push(`${id}: pas de requests.${resource}`);
        if (!container.resources?.limits?.[resource]) violations.push(`${id}: pas de limits.${resource}`);
      }
      if (container.securityContext?.allowPrivilegeEscalation !== false) {
        violations.push(`${id}: allowPrivilegeEscalation n’est pas false`);
      }
      if (container.securityContext?.readOnlyRootFilesystem !== true) {
        violations.push(`${id}: readOnlyRootFilesystem n’est pas true`);
      }
      if (!container.securityContext?.capabilities?.drop?.includes('ALL')) {
        violations.push(`${id}: capabilities.drop ne contient pas ALL`);
      }
      if (effective(pod, container, 'runAsNonRoot') !== true)
        violations.push(`${id}: runAsNonRoot n’est pas true`);
      if (effective(pod, container, 'seccompProfile')?.type !== 'RuntimeDefault') {
        violations.push(`${id}: seccompProfile n’est pas RuntimeDefault`);
      }
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef && !configMaps.has(source.configMapRef.name)) {
          violations.push(`${id}: ConfigMap ${source.configMapRef.name} absente du rendu`);
        }
      }
    }
    if (object.kind === 'Deployment') {
      const id = `Deployment/${object.metadata.name}`;
      const stopMs = shutdownBudgetMs(objects, pod);
      const graceMs = (pod.terminationGracePeriodSeconds ?? 30) * 1000;
      if (graceMs <= stopMs) {
        violations.push(
          `${id}: terminationGracePeriodSeconds (${graceMs / 1000} s) ne couvre pas l’arrêt propre (${stopMs / 1000} s)`,
        );
      }
    }
    if (options.production && object.kind === 'Deployment') {
      const id = `Deployment/${object.metadata.name}`;
      const spec = object.spec as {
        replicas?: number;
        template: { metadata: { labels: Record<string, string> } };
      };
      if ((spec.replicas ?? 1) < 2) violations.push(`${id}: moins de 2 répliques`);
      const labels = spec.template.metadata.labels;
      const budget = objects.find(
        (other) =>
          other.kind === 'PodDisruptionBudget' &&
          Object.entries(
            (other.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels,
          ).every(([key, value]) => labels[key] === value),
      );
      if (!budget) violations.push(`${id}: pas de PodDisruptionBudget`);
      const autoscaler = objects.find(
        (other) =>
          other.kind === 'HorizontalPodAutoscaler' &&
          (other.spec as { scaleTargetRef: { kind: string; name: string } }).scaleTargetRef.name ===
            object.metadata.name,
      );
      const minReplicas = (autoscaler?.spec as { minReplicas?: number } | undefined)?.minReplicas ?? 0;
      if (!autoscaler) violations.push(`${id}: pas de HorizontalPodAutoscaler`);
      else if (minReplicas < 2) violations.push(`${id}: autoscaler avec moins de 2 répliques`);
    }
  }
  return violations;
}

const rendered = {
  dev: render('deploy/overlays/dev'),
  prod: render('deploy/overlays/prod'),
};

function find(objects: KubeObject[], kind: string, name: string): KubeObject {
  const object = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!object) throw new Error(`${kind}/${name} absent du rendu`);
  return object;
}

describe.each(['dev', 'prod'] as const)('deploy/overlays/%s', (overlay) => {
  const objects = rendered[overlay];

  it('renders with kubectl kustomize: the four processes, their Services, the ingress and the migration Job', () => {
    const kinds = objects.map((o) => `${o.kind}/${o.metadata.name}`);
    for (const name of ['gateway', 'profiles', 'missions', 'approvals']) {
      expect(kinds).toContain(`Deployment/${name}`);
      expect(kinds).toContain(`Service/${name}`);
    }
    expect(kinds).toEqual(
      expect.arrayContaining(['Ingress/talents', 'Job/migrate', 'ServiceAccount/talents']),
    );
    const namespace = objects.find((o) => o.kind === 'Namespace');
    expect(namespace?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
    for (const object of objects.filter((o) => o.kind !== 'Namespace')) {
      expect({
        object: `${object.kind}/${object.metadata.name}`,
        namespace: object.metadata.namespace,
      }).toEqual({
        object: `${object.kind}/${object.metadata.name}`,
        namespace: namespace?.metadata.name,
      });
    }
  });

  it('validates every object against the Kubernetes API schema (kubernetes-models)', () => {
    expect(schemaViolations(objects)).toEqual([]);
  });

  it('gives every container probes on /healthz or /readyz, requests and limits, and the restricted securityContext', () => {
    expect(policyViolations(objects, { production: overlay === 'prod' })).toEqual([]);
  });

  it('lets the subgraphs be reached from the gateway only, and denies everything else by default', () => {
    const denyAll = find(objects, 'NetworkPolicy', 'talents-default-deny').spec as {
      podSelector: { matchLabels: Record<string, string> };
      policyTypes: string[];
      ingress?: unknown;
      egress?: unknown;
    };
    expect(denyAll.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(denyAll.ingress ?? denyAll.egress).toBeUndefined();
    for (const deployment of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job')) {
      const labels = (deployment.spec as { template: { metadata: { labels: Record<string, string> } } })
        .template.metadata.labels;
      expect(Object.entries(denyAll.podSelector.matchLabels).every(([k, v]) => labels[k] === v)).toBe(true);
    }
    const subgraphs = find(objects, 'NetworkPolicy', 'subgraphs').spec as {
      ingress: {
        from: { podSelector?: { matchLabels: Record<string, string> }; namespaceSelector?: unknown }[];
      }[];
    };
    expect(subgraphs.ingress.flatMap((rule) => rule.from)).toEqual([
      { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } },
    ]);
    const ingress = find(objects, 'Ingress', 'talents').spec as {
      rules: { http: { paths: { backend: { service: { name: string } } }[] } }[];
    };
    expect(ingress.rules.flatMap((rule) => rule.http.paths.map((p) => p.backend.service.name))).toEqual([
      'gateway',
    ]);
  });
});

describe('the policy and schema checks themselves', () => {
  const broken = (mutate: (objects: KubeObject[]) => void): KubeObject[] => {
    const copy = structuredClone(rendered.prod);
    mutate(copy);
    return copy;
  };
  const container = (objects: KubeObject[], name: string): Container =>
    (find(objects, 'Deployment', name).spec as { template: { spec: PodSpec } }).template.spec.containers[0]!;

  it('name each deliberate violation', () => {
    expect(
      policyViolations(
        broken((objects) => {
          delete container(objects, 'profiles').readinessProbe;
          delete container(objects, 'missions').resources!.limits;
          container(objects, 'approvals').securityContext!.allowPrivilegeEscalation = true;
          (find(objects, 'Deployment', 'gateway').spec as { replicas: number }).replicas = 1;
          objects.splice(objects.indexOf(find(objects, 'PodDisruptionBudget', 'approvals')), 1);
          (
            find(objects, 'Deployment', 'missions').spec as { template: { spec: PodSpec } }
          ).template.spec.terminationGracePeriodSeconds = 15;
        }),
        { production: true },
      ).sort(),
    ).toEqual(
      [
        'Deployment/gateway: moins de 2 répliques',
        'Deployment/profiles/profiles: pas de readinessProbe HTTP',
        'Deployment/missions/missions: pas de limits.cpu',
        'Deployment/missions/missions: pas de limits.memory',
        'Deployment/approvals/approvals: allowPrivilegeEscalation n’est pas false',
        'Deployment/approvals: pas de PodDisruptionBudget',
        'Deployment/missions: terminationGracePeriodSeconds (15 s) ne couvre pas l’arrêt propre (20 s)',
      ].sort(),
    );
    expect(
      schemaViolations(
        broken((objects) => {
          (container(objects, 'gateway').ports![0] as { containerPort: unknown }).containerPort =
            'quatre-mille';
          objects.push({ apiVersion: 'example.org/v1', kind: 'Widget', metadata: { name: 'x' } });
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^Deployment\/gateway: .*containerPort must be integer/),
      'Widget/x: type inconnu de l’API (example.org/v1)',
    ]);
  });
});

describe('deploy/postgres/cloudnativepg', () => {
  it('renders a CloudNativePG Cluster with backups and a nightly ScheduledBackup', () => {
    const objects = render('deploy/postgres/cloudnativepg');
    const cluster = find(objects, 'Cluster', 'talents-postgres');
    expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(cluster.spec).toMatchObject({
      instances: 3,
      bootstrap: { initdb: { database: 'talents', owner: 'talents' } },
      backup: {
        retentionPolicy: expect.any(String),
        barmanObjectStore: { destinationPath: expect.any(String) },
      },
    });
    expect(find(objects, 'ScheduledBackup', 'talents-postgres-nightly').spec).toMatchObject({
      cluster: { name: 'talents-postgres' },
    });
  });
});
