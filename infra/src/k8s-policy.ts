// Offline checks of the rendered Kubernetes manifests and the Dockerfiles, used by
// infra/test/k8s.test.ts (docs/architecture/deployment.md, "What CI checks"):
//   renderOverlay     `kubectl kustomize <dir>` → objects
//   validateSchemas   every object against the Kubernetes OpenAPI schemas (kubernetes-models), and
//                     small structural checks for the two custom resources we use
//   checkPolicies     our own rules: non-root, read-only root, limits, probes, pinned images, secrets
//                     only from Secrets, a PDB (and in production an HPA) per Deployment, drain time,
//                     the network rules (only the gateway and declared callers reach a subgraph, only
//                     services reach the database)
//   lintDockerfile    multi-stage, pinned base images, non-root final user, no downloads outside registries
import { execFileSync } from 'node:child_process';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { BASE_TAG, DRAIN, SECRETS, TERMINATION_GRACE_SECONDS } from './k8s-manifests.ts';

// biome-ignore lint/suspicious/noExplicitAny: manifests are untyped YAML
type Untyped = any;
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; [key: string]: Untyped };
  [key: string]: Untyped;
};

export interface Violation {
  object: string;
  rule: string;
  message: string;
}

const idOf = (object: K8sObject) => `${object.kind}/${object.metadata?.name}`;

export function renderOverlay(dir: string): K8sObject[] {
  const text = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return parseManifests(text);
}

export function parseManifests(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(document.errors.map((error) => error.message).join('; '));
      return document.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
}

type ModelClass = new (data: never) => { validate(): void };
const MODELS: Record<string, ModelClass> = {
  'apps/v1/Deployment': Deployment as unknown as ModelClass,
  'apps/v1/StatefulSet': StatefulSet as unknown as ModelClass,
  'batch/v1/Job': Job as unknown as ModelClass,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler as unknown as ModelClass,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget as unknown as ModelClass,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy as unknown as ModelClass,
  'v1/ConfigMap': ConfigMap as unknown as ModelClass,
  'v1/Secret': Secret as unknown as ModelClass,
  'v1/Service': Service as unknown as ModelClass,
  'v1/Namespace': Namespace as unknown as ModelClass,
};

const QUANTITY = /^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/;
const DURATION = /^([0-9]+(ns|us|ms|s|m|h))+$/;

/**
 * The custom resources: CloudNativePG `Cluster`, NACK `Stream`, cert-manager `Certificate` and
 * `Issuer` (their CRDs are not bundled offline).
 */
const CUSTOM: Record<string, (object: K8sObject) => string[]> = {
  'postgresql.cnpg.io/v1/Cluster': ({ spec }) => {
    const problems: string[] = [];
    if (!Number.isInteger(spec?.instances) || spec.instances < 1) problems.push('spec.instances: integer ≥ 1');
    if (typeof spec?.storage?.size !== 'string' || !QUANTITY.test(spec.storage.size)) {
      problems.push('spec.storage.size: a quantity such as 20Gi');
    }
    if (spec?.imageName !== undefined && !/:[^:/]+$/.test(spec.imageName)) problems.push('spec.imageName: needs a tag');
    if (spec?.superuserSecret !== undefined && typeof spec.superuserSecret?.name !== 'string') {
      problems.push('spec.superuserSecret.name: string');
    }
    for (const key of ['requests', 'limits']) {
      for (const [resource, value] of Object.entries(spec?.resources?.[key] ?? {})) {
        if (typeof value !== 'string' || !QUANTITY.test(value))
          problems.push(`spec.resources.${key}.${resource}: quantity`);
      }
    }
    return problems;
  },
  'cert-manager.io/v1/Certificate': ({ spec }) => {
    const problems: string[] = [];
    if (typeof spec?.secretName !== 'string') problems.push('spec.secretName: string');
    if (typeof spec?.issuerRef?.name !== 'string' || !['Issuer', 'ClusterIssuer'].includes(spec.issuerRef.kind)) {
      problems.push('spec.issuerRef: name and kind Issuer or ClusterIssuer');
    }
    for (const key of ['duration', 'renewBefore']) {
      if (spec?.[key] !== undefined && !DURATION.test(spec[key])) problems.push(`spec.${key}: a duration such as 720h`);
    }
    const usages = ['digital signature', 'key encipherment', 'server auth', 'client auth', 'cert sign'];
    if (!Array.isArray(spec?.usages) || spec.usages.some((usage: string) => !usages.includes(usage))) {
      problems.push(`spec.usages: some of ${usages.join(', ')}`);
    }
    if (spec?.privateKey?.algorithm !== undefined && !['RSA', 'ECDSA', 'Ed25519'].includes(spec.privateKey.algorithm)) {
      problems.push('spec.privateKey.algorithm: RSA, ECDSA or Ed25519');
    }
    return problems;
  },
  'cert-manager.io/v1/Issuer': ({ spec }) => {
    const kinds = ['ca', 'selfSigned', 'acme', 'vault'].filter((kind) => spec?.[kind] !== undefined);
    if (kinds.length !== 1) return ['spec: exactly one of ca, selfSigned, acme, vault'];
    if (spec.ca !== undefined && typeof spec.ca.secretName !== 'string') return ['spec.ca.secretName: string'];
    return [];
  },
  'jetstream.nats.io/v1beta2/Stream': ({ spec }) => {
    const problems: string[] = [];
    if (typeof spec?.name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(spec.name)) problems.push('spec.name: stream name');
    if (!Array.isArray(spec?.subjects) || spec.subjects.some((subject: unknown) => typeof subject !== 'string')) {
      problems.push('spec.subjects: list of subjects');
    }
    if (!Number.isInteger(spec?.replicas) || spec.replicas < 1 || spec.replicas > 5)
      problems.push('spec.replicas: 1–5');
    if (!['file', 'memory'].includes(spec?.storage)) problems.push('spec.storage: file or memory');
    if (!['limits', 'interest', 'workqueue'].includes(spec?.retention)) problems.push('spec.retention');
    for (const key of ['duplicateWindow', 'maxAge']) {
      if (spec?.[key] !== undefined && !DURATION.test(spec[key])) problems.push(`spec.${key}: a duration such as 2m`);
    }
    return problems;
  },
};

/** A Secret's base64 `data` as the API server reads it: kustomize wraps long values over lines. */
function normalized(object: K8sObject): K8sObject {
  if (object.kind !== 'Secret' || !object.data) return object;
  const data = Object.fromEntries(
    Object.entries(object.data as Record<string, string>).map(([key, value]) => [key, value.replace(/\s+/g, '')]),
  );
  return { ...object, data };
}

/** Schema problems, one line each (`Kind/name: message`); empty when every object is valid. */
export function validateSchemas(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const object of objects) {
    const type = `${object.apiVersion}/${object.kind}`;
    const Model = MODELS[type];
    const custom = CUSTOM[type];
    if (!object.metadata?.name) problems.push(`${type}: metadata.name missing`);
    if (Model) {
      try {
        new Model(normalized(object) as never).validate();
      } catch (error) {
        problems.push(`${idOf(object)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else if (custom) {
      problems.push(...custom(object).map((message) => `${idOf(object)}: ${message}`));
    } else {
      problems.push(`${idOf(object)}: no schema for ${type} (add it to infra/src/k8s-policy.ts)`);
    }
  }
  return problems;
}

type Pod = { spec: Untyped; labels: Record<string, string> };
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];

function podOf(object: K8sObject): Pod | null {
  if (!WORKLOAD_KINDS.includes(object.kind)) return null;
  const template = object.spec?.template;
  return { spec: template?.spec ?? {}, labels: template?.metadata?.labels ?? {} };
}

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  selector !== undefined && Object.entries(selector).every(([key, value]) => labels[key] === value);

/** names that must never be a literal or come from a ConfigMap */
const SECRET_NAME =
  /(SECRET|PASSWORD|SIGNING_KEY|PRIVATE_KEY|TOKEN|PUBLISHABLE_KEY|STOREFRONT_KEYS|DATABASE_URL|REDIS_URL|SMTP_URL)/;
const CREDENTIALS_IN_URL = /:\/\/[^/@\s]*:[^/@\s]+@/;

function imageProblems(image: unknown): string[] {
  if (typeof image !== 'string' || image === '') return ['no image'];
  if (image.includes('@sha256:')) return [];
  const tag = /:([^:/]+)$/.exec(image)?.[1];
  if (!tag) return [`image ${image} has no tag (it means :latest)`];
  if (tag === 'latest') return [`image ${image} uses :latest`];
  if (tag === BASE_TAG) return [`image ${image} still has the base's placeholder tag: set it in the overlay`];
  return [];
}

export interface PolicyOptions {
  /** production rules: an HPA per Deployment, no Secret objects, R3 streams, a database replica */
  production: boolean;
}

export function checkPolicies(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const add = (object: K8sObject | string, rule: string, message: string) =>
    violations.push({ object: typeof object === 'string' ? object : idOf(object), rule, message });

  const deployments = objects.filter((object) => object.kind === 'Deployment');
  const policies = objects.filter((object) => object.kind === 'NetworkPolicy');

  // containers
  for (const object of objects) {
    const pod = podOf(object);
    if (!pod) continue;
    const isJob = object.kind === 'Job';
    const podContext = pod.spec.securityContext ?? {};
    if (pod.spec.hostNetwork || pod.spec.hostPID || pod.spec.hostIPC)
      add(object, 'host-namespaces', 'uses host namespaces');
    const containers = [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])];
    for (const container of containers) {
      const where = `container ${container.name}`;
      const context = container.securityContext ?? {};
      for (const problem of imageProblems(container.image)) add(object, 'image-tag', `${where}: ${problem}`);
      const nonRoot = context.runAsNonRoot ?? podContext.runAsNonRoot;
      const user = context.runAsUser ?? podContext.runAsUser;
      if (nonRoot !== true || user === 0)
        add(object, 'non-root', `${where}: must run as non-root (runAsNonRoot: true, runAsUser ≠ 0)`);
      if (context.readOnlyRootFilesystem !== true)
        add(object, 'read-only-root', `${where}: readOnlyRootFilesystem must be true`);
      if (context.allowPrivilegeEscalation !== false) {
        add(object, 'privilege-escalation', `${where}: allowPrivilegeEscalation must be false`);
      }
      if (context.privileged === true) add(object, 'privileged', `${where}: privileged`);
      for (const kind of ['requests', 'limits']) {
        for (const resource of ['cpu', 'memory']) {
          if (container.resources?.[kind]?.[resource] === undefined) {
            add(object, 'resources', `${where}: resources.${kind}.${resource} missing`);
          }
        }
      }
      const isInit = (pod.spec.initContainers ?? []).includes(container);
      if (!isJob && !isInit) {
        if (!container.readinessProbe) add(object, 'probes', `${where}: readinessProbe missing`);
        if (!container.livenessProbe) add(object, 'probes', `${where}: livenessProbe missing`);
      }
      for (const variable of container.env ?? []) {
        const secretLike = SECRET_NAME.test(variable.name);
        if (variable.value !== undefined && (secretLike || CREDENTIALS_IN_URL.test(String(variable.value)))) {
          add(object, 'secrets', `${where}: ${variable.name} is a literal; take it from a Secret (secretKeyRef)`);
        }
        if (variable.valueFrom?.configMapKeyRef && secretLike) {
          add(object, 'secrets', `${where}: ${variable.name} comes from a ConfigMap; take it from a Secret`);
        }
      }
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef)
          add(object, 'secrets', `${where}: envFrom configMapRef (name the variables one by one)`);
      }
    }
  }

  // nothing secret in ConfigMaps
  for (const map of objects.filter((object) => object.kind === 'ConfigMap')) {
    for (const [key, value] of Object.entries(map.data ?? {})) {
      if (SECRET_NAME.test(key) || CREDENTIALS_IN_URL.test(String(value))) {
        add(map, 'secrets', `${key}: secret material in a ConfigMap`);
      }
    }
  }

  // Secret objects: none in production (created beforehand); every reference names a known Secret
  const rendered = new Set(objects.filter((object) => object.kind === 'Secret').map((object) => object.metadata.name));
  if (options.production) {
    for (const name of rendered)
      add(`Secret/${name}`, 'secrets', 'production renders no Secret: create it out of band');
  }
  const known = new Set<string>([...Object.values(SECRETS).map((secret) => secret.name), 'ucos-pg-superuser']);
  for (const object of objects) {
    const pod = podOf(object);
    if (!pod) continue;
    for (const container of [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])]) {
      for (const variable of container.env ?? []) {
        const name = variable.valueFrom?.secretKeyRef?.name;
        if (name === undefined) continue;
        const documented = known.has(name) || /^ucos-db-[a-z]+$/.test(name);
        if (!documented) add(object, 'secrets', `${variable.name}: Secret ${name} is not one the runbook creates`);
        if (!options.production && !rendered.has(name)) {
          add(object, 'secrets', `${variable.name}: Secret ${name} is not generated by this overlay`);
        }
      }
    }
  }

  // every Deployment: a PDB, an HPA (production), the drain time
  const budgets = objects.filter((object) => object.kind === 'PodDisruptionBudget');
  const autoscalers = objects.filter((object) => object.kind === 'HorizontalPodAutoscaler');
  for (const deployment of deployments) {
    const labels = deployment.spec?.template?.metadata?.labels ?? {};
    if (!budgets.some((budget) => selects(budget.spec?.selector?.matchLabels, labels))) {
      add(deployment, 'disruption-budget', 'no PodDisruptionBudget selects its pods');
    }
    const hpa = autoscalers.find(
      (autoscaler) =>
        autoscaler.spec?.scaleTargetRef?.kind === 'Deployment' &&
        autoscaler.spec?.scaleTargetRef?.name === deployment.metadata.name,
    );
    if (options.production && !hpa) add(deployment, 'autoscaler', 'no HorizontalPodAutoscaler targets it');
    if (hpa && deployment.spec?.replicas !== undefined) {
      add(deployment, 'autoscaler', 'sets spec.replicas although an HPA scales it: every apply would reset the count');
    }
    if (options.production && hpa && hpa.spec.minReplicas < 2) {
      add(deployment, 'autoscaler', 'minReplicas < 2: one pod is a single point of failure');
    }
    const pod = podOf(deployment);
    const grace = pod?.spec.terminationGracePeriodSeconds ?? 30;
    if (grace < TERMINATION_GRACE_SECONDS) {
      add(
        deployment,
        'graceful-shutdown',
        `terminationGracePeriodSeconds ${grace} < ${TERMINATION_GRACE_SECONDS} (preStop + longest request + close)`,
      );
    }
    for (const container of pod?.spec.containers ?? []) {
      // the worker tier's own stop budget must fit in the grace period too
      const workerGrace = (container.env ?? []).find(
        (variable: { name: string }) => variable.name === 'WORKER_SHUTDOWN_GRACE_MS',
      )?.value;
      const sleep = container.lifecycle?.preStop?.sleep?.seconds;
      if (workerGrace !== undefined && grace < (sleep ?? 0) + Number(workerGrace) / 1000 + DRAIN.closeSeconds) {
        add(
          deployment,
          'graceful-shutdown',
          `container ${container.name}: WORKER_SHUTDOWN_GRACE_MS ${workerGrace} does not fit in terminationGracePeriodSeconds ${grace}`,
        );
      }
      if (!(sleep >= DRAIN.preStopSleepSeconds)) {
        add(
          deployment,
          'graceful-shutdown',
          `container ${container.name}: preStop sleep ≥ ${DRAIN.preStopSleepSeconds}s missing (endpoints must be removed before SIGTERM)`,
        );
      }
    }
  }

  violations.push(...checkNetwork(objects, deployments, policies));
  violations.push(...checkDependencies(objects, options));
  return violations;
}

function portsOf(rule: { ports?: { port?: number | string }[] }): (number | string)[] | 'all' {
  return rule.ports && rule.ports.length > 0 ? rule.ports.map((port) => port.port ?? 'all') : 'all';
}
const covers = (rule: { ports?: { port?: number | string }[] }, port: number, portName?: string) => {
  const ports = portsOf(rule);
  return (
    ports === 'all' ||
    ports.includes('all') ||
    ports.includes(port) ||
    (portName !== undefined && ports.includes(portName))
  );
};

function checkNetwork(objects: K8sObject[], deployments: K8sObject[], policies: K8sObject[]): Violation[] {
  const violations: Violation[] = [];
  const add = (object: string, rule: string, message: string) => violations.push({ object, rule, message });

  const denyAll = policies.some(
    (policy) =>
      Object.keys(policy.spec?.podSelector?.matchLabels ?? {}).length === 0 &&
      !policy.spec?.podSelector?.matchExpressions &&
      (policy.spec?.policyTypes ?? []).includes('Ingress') &&
      (policy.spec?.ingress ?? []).length === 0,
  );
  if (!denyAll) add('NetworkPolicy/*', 'network', 'no default-deny ingress policy (podSelector {}, no rules)');

  const labelsOf = (object: K8sObject): Record<string, string> => object.spec?.template?.metadata?.labels ?? {};
  const component = (object: K8sObject) => labelsOf(object)['app.kubernetes.io/component'];
  const nameOf = (object: K8sObject) => labelsOf(object)['app.kubernetes.io/name'];
  const envOf = (object: K8sObject) =>
    (object.spec?.template?.spec?.containers ?? []).flatMap(
      (container: { env?: { name: string; value?: string }[] }) => container.env ?? [],
    );

  // who may call a subgraph: the gateway, and whoever is configured with its URL (<NAME>_SUBGRAPH_URL)
  for (const subgraph of deployments.filter((deployment) => component(deployment) === 'subgraph')) {
    const name = nameOf(subgraph);
    const port = (subgraph.spec.template.spec.containers[0]?.ports ?? []).find(
      (entry: { name: string }) => entry.name === 'http',
    )?.containerPort as number;
    const callers = new Set(
      deployments
        .filter((other) => other !== subgraph && ['subgraph', 'worker'].includes(component(other) ?? ''))
        .filter((other) =>
          envOf(other).some(
            (variable: { name: string; value?: string }) =>
              variable.name.endsWith('_SUBGRAPH_URL') &&
              (variable.value?.startsWith(`http://${name}:`) || variable.value?.startsWith(`https://${name}:`)),
          ),
        )
        .map(nameOf),
    );
    const applying = policies.filter((policy) => selects(policy.spec?.podSelector?.matchLabels, labelsOf(subgraph)));
    if (!applying.some((policy) => Object.keys(policy.spec.podSelector.matchLabels).length > 0)) {
      add(`Deployment/${name}`, 'network', 'no NetworkPolicy of its own');
    }
    let gatewayAllowed = false;
    for (const policy of applying) {
      for (const rule of policy.spec?.ingress ?? []) {
        if (!covers(rule, port, 'http')) continue;
        if (!rule.from || rule.from.length === 0) {
          add(
            `NetworkPolicy/${policy.metadata.name}`,
            'network',
            `${name}:${port} is open to every pod: only the gateway may reach it`,
          );
          continue;
        }
        for (const peer of rule.from) {
          const peerName = peer.podSelector?.matchLabels?.['app.kubernetes.io/name'];
          if (peer.namespaceSelector || peer.ipBlock || !peerName) {
            add(
              `NetworkPolicy/${policy.metadata.name}`,
              'network',
              `${name}:${port} admits ${JSON.stringify(peer)}: only the gateway and its callers may`,
            );
          } else if (peerName === 'gateway') gatewayAllowed = true;
          else if (!callers.has(peerName)) {
            add(
              `NetworkPolicy/${policy.metadata.name}`,
              'network',
              `${name}:${port} admits ${peerName}, which is neither the gateway nor configured to call ${name}`,
            );
          }
        }
      }
    }
    if (!gatewayAllowed) add(`Deployment/${name}`, 'network', `the gateway cannot reach ${name}:${port}`);
  }

  // only services reach the database
  const databasePolicies = policies.filter((policy) => policy.spec?.podSelector?.matchLabels?.['cnpg.io/cluster']);
  if (databasePolicies.length === 0) add('NetworkPolicy/*', 'network', 'no NetworkPolicy protects the database');
  const DATABASE_CLIENTS = new Set(['subgraph', 'worker', 'migration']);
  for (const policy of databasePolicies) {
    const cluster = policy.spec.podSelector.matchLabels['cnpg.io/cluster'];
    for (const rule of policy.spec?.ingress ?? []) {
      if (!covers(rule, 5432)) continue;
      if (!rule.from || rule.from.length === 0) {
        add(`NetworkPolicy/${policy.metadata.name}`, 'network', 'the database port is open to every pod');
        continue;
      }
      for (const peer of rule.from) {
        const labels = peer.podSelector?.matchLabels ?? {};
        const operator = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'cnpg-system';
        const self = labels['cnpg.io/cluster'] === cluster;
        const clients = labels['ucos.dev/database-client'] === 'true';
        if (peer.ipBlock || (peer.namespaceSelector && !operator) || (!operator && !self && !clients)) {
          add(`NetworkPolicy/${policy.metadata.name}`, 'network', `the database admits ${JSON.stringify(peer)}`);
        }
      }
    }
  }
  for (const object of objects) {
    const pod = podOf(object);
    if (pod?.labels['ucos.dev/database-client'] !== 'true') continue;
    if (!DATABASE_CLIENTS.has(pod.labels['app.kubernetes.io/component'] ?? '')) {
      add(idOf(object), 'network', 'labelled a database client but is not a service (subgraph, worker, migration)');
    }
  }
  return violations;
}

function checkDependencies(objects: K8sObject[], options: PolicyOptions): Violation[] {
  const violations: Violation[] = [];
  const add = (object: string, rule: string, message: string) => violations.push({ object, rule, message });
  const cluster = objects.find(
    (object) => object.kind === 'Cluster' && object.apiVersion.startsWith('postgresql.cnpg.io/'),
  );
  if (!cluster) add('Cluster/*', 'dependencies', 'no CloudNativePG Cluster');
  else if (options.production && !(cluster.spec.instances >= 2)) {
    add(`Cluster/${cluster.metadata.name}`, 'dependencies', 'production needs a replica (instances ≥ 2)');
  }
  const streams = objects.filter((object) => object.kind === 'Stream');
  if (streams.length === 0) add('Stream/*', 'dependencies', 'no JetStream Stream');
  const nats = objects.find((object) => object.kind === 'StatefulSet' && object.metadata.name === 'nats');
  if (!nats) add('StatefulSet/nats', 'dependencies', 'no NATS');
  if (options.production) {
    for (const stream of streams) {
      if (stream.spec.replicas !== 3)
        add(`Stream/${stream.metadata.name}`, 'dependencies', 'production streams are R3');
    }
    if (nats && nats.spec.replicas !== 3) add('StatefulSet/nats', 'dependencies', 'production runs three NATS servers');
  }
  if (!objects.some((object) => object.kind === 'StatefulSet' && object.metadata.name === 'redis')) {
    add('StatefulSet/redis', 'dependencies', 'no Redis');
  }
  const job = objects.find((object) => object.kind === 'Job' && object.metadata.name === 'ucos-migrate');
  if (!job) add('Job/ucos-migrate', 'migration', 'no migration Job');
  else {
    if (job.metadata.annotations?.['argocd.argoproj.io/hook'] !== 'PreSync') {
      add('Job/ucos-migrate', 'migration', 'must run before the rollout (PreSync hook)');
    }
    if (job.spec.template.spec.restartPolicy !== 'Never') add('Job/ucos-migrate', 'migration', 'restartPolicy Never');
  }
  return violations;
}

/** Dockerfile problems: multi-stage, pinned base images, a non-root final USER, no downloads with curl/wget. */
export function lintDockerfile(text: string): string[] {
  const problems: string[] = [];
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const args = new Map<string, string>();
  const stages: { image: string; user?: string }[] = [];
  for (const line of lines) {
    const [instruction = '', ...rest] = line.split(/\s+/);
    const value = rest.join(' ');
    switch (instruction.toUpperCase()) {
      case 'ARG': {
        const [name, fallback] = value.split('=');
        if (name && fallback !== undefined && stages.length === 0) args.set(name, fallback);
        break;
      }
      case 'FROM': {
        const image = (rest.find((word) => !word.startsWith('--')) ?? '').replace(
          /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g,
          (_, name: string) => args.get(name) ?? '',
        );
        stages.push({ image });
        break;
      }
      case 'USER':
        if (stages.length > 0) (stages.at(-1) as { user?: string }).user = value;
        break;
      case 'RUN':
        if (/\b(curl|wget)\b/.test(value)) problems.push(`RUN downloads with curl/wget: ${value.slice(0, 80)}`);
        break;
      case 'ADD':
        if (/https?:\/\//.test(value)) problems.push(`ADD from a URL: ${value}`);
        break;
    }
  }
  if (stages.length < 2) problems.push('not multi-stage: build in one stage, copy the result into a runtime stage');
  const stageNames = new Set(lines.flatMap((line) => /^FROM\s+.*\s+AS\s+(\S+)$/i.exec(line)?.[1] ?? []));
  for (const stage of stages) {
    if (stageNames.has(stage.image)) continue;
    const tag = /:([^:/@]+)$/.exec(stage.image)?.[1];
    if (!stage.image) problems.push('FROM without an image');
    else if (!tag && !stage.image.includes('@sha256:'))
      problems.push(`base image ${stage.image} is not pinned (no tag means latest)`);
    else if (tag === 'latest') problems.push(`base image ${stage.image} uses :latest`);
  }
  const final = stages.at(-1);
  const user = final?.user?.split(':')[0];
  if (!user) problems.push('the final stage sets no USER: it would run as root');
  else if (user === 'root' || user === '0') problems.push(`the final stage runs as ${final?.user}`);
  return problems;
}
