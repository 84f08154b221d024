// The Kubernetes base of the platform's own workloads (infra/k8s/base/workloads/*.yaml), generated
// from one table of service roles so the gateway, nine subgraphs, the worker tier, the migration Job
// and both apps cannot drift apart. `node infra/src/k8s-manifests.ts` rewrites the files;
// infra/test/k8s.test.ts fails when they are stale. Dependencies (PostgreSQL, NATS, Redis) and the
// overlays are hand-written YAML next to them. See docs/architecture/deployment.md.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

type Manifest = Record<string, unknown>;
type EnvVar = { name: string; value?: string; valueFrom?: Manifest };

export const PART_OF = 'ucos';
export const SERVICES_IMAGE = 'ucos-services';
export const APPS_IMAGE = 'ucos-apps';
/** the base's placeholder tag: every overlay sets the released version with `images:` */
export const BASE_TAG = '0.0.0-unreleased';

/**
 * Shutdown, in seconds. Kubernetes removes a terminating pod from its Service while the preStop
 * sleep runs, so no new request reaches it; then SIGTERM: the server stops (node:http lets requests
 * in flight finish for up to 5 s, `subgraphs/kit/src/serve.ts`), relays and consumers stop, the NATS
 * connection drains. The longest request a service accepts is a gateway mutation
 * (MUTATION_TIMEOUT_MS, 30 s by default, `gateway/src/config.ts`). The grace period covers all of it.
 */
export const DRAIN = { preStopSleepSeconds: 10, longestRequestSeconds: 30, closeSeconds: 5 } as const;
export const TERMINATION_GRACE_SECONDS =
  DRAIN.preStopSleepSeconds + DRAIN.longestRequestSeconds + DRAIN.closeSeconds + 5;

/** Secret objects (created per environment, never in the base): name → keys */
export const SECRETS = {
  internalToken: { name: 'ucos-internal-token', keys: ['INTERNAL_TOKEN_SECRET'] },
  identitySigning: { name: 'ucos-identity-signing', keys: ['AUTH_SIGNING_KEY', 'AUTH_PREVIOUS_PUBLIC_KEYS'] },
  dbAdmin: { name: 'ucos-db-admin', keys: ['DATABASE_URL', 'APP_DB_PASSWORD'] },
  redis: { name: 'ucos-redis', keys: ['REDIS_URL'] },
  smtp: { name: 'ucos-smtp', keys: ['SMTP_URL'] },
  storefront: { name: 'ucos-storefront', keys: ['UCOS_PUBLISHABLE_KEY', 'UCOS_STOREFRONT_KEYS'] },
  /** encrypts webhook signing secrets at rest; set, so rotating INTERNAL_TOKEN_SECRET cannot orphan them */
  webhooks: { name: 'ucos-webhooks', keys: ['WEBHOOK_SECRET_KEY'] },
  /** the master key wrapping each tenant's data key for integration credentials (orders refuses to start without it in production) */
  integrations: { name: 'ucos-integrations', keys: ['INTEGRATIONS_MASTER_KEY'] },
} as const;
/** each subgraph's own database connection (its role `ucos_<name>`): Secret `ucos-db-<name>`, key DATABASE_URL */
export const dbSecretOf = (name: string) => `ucos-db-${name}`;
export const CONFIG_MAP = 'ucos-config';

export interface SubgraphRole {
  name: string;
  port: number;
  /** the other subgraphs it calls through the kit's internal client (`<NAME>_SUBGRAPH_URL`) */
  calls: string[];
  /** the subgraphs its worker calls, when not `calls` (procurement's worker only prunes: it calls none) */
  workerCalls?: string[];
  /** it also calls the gateway (`GATEWAY_URL`) */
  callsGateway?: boolean;
  /** REDIS_URL: identity's revocations and app documents; every domain's commit announcements (`data-changes.ts`) */
  redis?: boolean;
  smtp?: boolean;
  /** extra env from the shared ConfigMap */
  config?: string[];
  /** extra env from Secrets: variable → Secret (key = variable) */
  secrets?: Record<string, string>;
}

/** Every subgraph, with the fixed ports of infra/src/subgraphs.ts (webhooks and notifications land with their domains). */
export const SUBGRAPH_ROLES: SubgraphRole[] = [
  {
    name: 'identity',
    port: 4001,
    // its worker calls nobody: the plugins are for the request path (shopper registration)
    calls: ['plugins'],
    workerCalls: [],
    redis: true,
    smtp: true,
    config: ['MAIL_FROM', 'ADMIN_APP_URL', 'STOREFRONT_URL'],
  },
  // the domains the gateway's cached catalog answers read (CACHE_INVALIDATING_DOMAINS) announce their commits on Redis
  { name: 'catalog', port: 4002, calls: ['plugins'], redis: true },
  { name: 'inventory', port: 4003, calls: [], redis: true },
  {
    name: 'orders',
    port: 4004,
    calls: ['catalog', 'inventory', 'identity', 'plugins'],
    secrets: { INTEGRATIONS_MASTER_KEY: SECRETS.integrations.name },
  },
  { name: 'fulfillment', port: 4005, calls: ['inventory'] },
  { name: 'workflows', port: 4006, calls: ['identity'], callsGateway: true },
  { name: 'webhooks', port: 4007, calls: [], secrets: { WEBHOOK_SECRET_KEY: SECRETS.webhooks.name } },
  { name: 'notifications', port: 4008, calls: ['identity'], smtp: true, config: ['MAIL_FROM'] },
  {
    name: 'procurement',
    port: 4009,
    calls: ['catalog', 'inventory', 'workflows', 'plugins'],
    workerCalls: [],
    redis: true,
  },
  { name: 'finance', port: 4010, calls: [] },
  { name: 'plugins', port: 4011, calls: [] },
];

/**
 * The domains whose background work runs in the worker tier (`workerModule` in infra/src/subgraphs.ts,
 * run by `infra/src/worker-host.ts <domain…>`; a listed domain without a worker is skipped).
 */
export const WORKER_DOMAINS = [
  'identity',
  'inventory',
  'orders',
  'workflows',
  'webhooks',
  'notifications',
  'procurement',
  'finance',
  'plugins',
];
/** the worker's own stop budget (WORKER_SHUTDOWN_GRACE_MS, kit default 25 s), inside the grace period */
export const WORKER_SHUTDOWN_GRACE_MS = 25_000;
/** the subgraphs the worker tier calls: those its domains call */
export const workerCalls = () => [
  ...new Set(
    SUBGRAPH_ROLES.filter((role) => WORKER_DOMAINS.includes(role.name)).flatMap(
      (role) => role.workerCalls ?? role.calls,
    ),
  ),
];
export const GATEWAY_PORT = 4000;
/** the worker tier's `/live` and `/ready` (kit DEFAULT_WORKER_PORT) and metrics (base + 90, as `npm start`) */
export const WORKER_PORT = 4090;
export const APP_PORT = 3000;
export const METRICS_PORT_BASE = 9400;
export const WORKER_METRICS_PORT = 9490;
export const metricsPortOfRole = (port: number) => METRICS_PORT_BASE + (port - GATEWAY_PORT);
/** a subgraph's address: HTTPS, mutual TLS with the platform CA (docs/architecture/transport-security.md) */
export const subgraphUrl = (name: string) =>
  `https://${name}:${SUBGRAPH_ROLES.find((role) => role.name === name)?.port}/graphql`;

/**
 * Transport security. Each service's certificate is a cert-manager `Certificate` (issuer
 * `ucos-platform-ca`) written to the Secret `ucos-tls-<role>`, mounted read-only at `TLS.dir`. A
 * service trusts the folder `trust/`: the CA that issued its own certificate (the Secret's `ca.crt`),
 * and during a CA rotation the optional ConfigMap `ucos-platform-trust` (key `ca.crt`: old + new CA).
 */
export const TLS = {
  issuer: 'ucos-platform-ca',
  trustBundle: 'ucos-platform-trust',
  dir: '/etc/ucos/tls',
  secretOf: (role: string) => `ucos-tls-${role}`,
  /** 90 days, renewed 30 days before the end: a missed renewal has a month to be noticed */
  duration: '2160h',
  renewBefore: '720h',
} as const;

const labels = (name: string, component: string, extra: Record<string, string> = {}) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/part-of': PART_OF,
  ...extra,
});
const selectorOf = (name: string) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF });

const literal = (name: string, value: string): EnvVar => ({ name, value });
const fromSecret = (name: string, secret: string, key = name, optional = false): EnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key, ...(optional ? { optional: true } : {}) } },
});
const fromConfig = (name: string, optional = false): EnvVar => ({
  name,
  valueFrom: { configMapKeyRef: { name: CONFIG_MAP, key: name, ...(optional ? { optional: true } : {}) } },
});

const securityContext = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};
const podSecurity = (uid: number) => ({
  runAsNonRoot: true,
  runAsUser: uid,
  runAsGroup: uid,
  fsGroup: uid,
  seccompProfile: { type: 'RuntimeDefault' },
});
const resources = (cpu: string, memory: string, cpuLimit: string, memoryLimit: string) => ({
  requests: { cpu, memory },
  limits: { cpu: cpuLimit, memory: memoryLimit },
});
const httpProbe = (path: string, port: string, failureThreshold: number, periodSeconds: number) => ({
  httpGet: { path, port },
  periodSeconds,
  timeoutSeconds: 3,
  failureThreshold,
});

interface WorkloadSpec {
  name: string;
  component: string;
  image: string;
  uid: number;
  command: string[];
  env: EnvVar[];
  ports: { name: string; containerPort: number }[];
  readiness: Manifest;
  liveness: Manifest;
  resources: Manifest;
  volumes: { name: string; mountPath: string }[];
  podLabels?: Record<string, string>;
  /** mounts this role's certificate and the platform trust bundle at TLS.dir (see `TLS`) */
  tlsRole?: string;
}

function deployment(spec: WorkloadSpec): Manifest {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: spec.name, labels: labels(spec.name, spec.component) },
    // no `replicas`: the HorizontalPodAutoscaler owns the count (an apply would otherwise reset it)
    spec: {
      revisionHistoryLimit: 5,
      selector: { matchLabels: selectorOf(spec.name) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(spec.name, spec.component, spec.podLabels) },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
          securityContext: podSecurity(spec.uid),
          containers: [
            {
              name: spec.name,
              image: spec.image,
              imagePullPolicy: 'IfNotPresent',
              command: spec.command,
              ports: spec.ports,
              env: spec.env,
              readinessProbe: spec.readiness,
              livenessProbe: spec.liveness,
              startupProbe: { ...spec.liveness, failureThreshold: 30, periodSeconds: 2 },
              lifecycle: { preStop: { sleep: { seconds: DRAIN.preStopSleepSeconds } } },
              resources: spec.resources,
              securityContext,
              volumeMounts: [
                ...spec.volumes.map(({ name, mountPath }) => ({ name, mountPath })),
                ...(spec.tlsRole ? [{ name: 'tls', mountPath: TLS.dir, readOnly: true }] : []),
              ],
            },
          ],
          volumes: [
            ...spec.volumes.map(({ name }) => ({ name, emptyDir: { sizeLimit: '256Mi' } })),
            ...(spec.tlsRole ? [tlsVolume(spec.tlsRole)] : []),
          ],
        },
      },
    },
  };
}

/** the role's key pair (from its cert-manager Secret) and the trusted CAs, as one read-only folder */
function tlsVolume(role: string): Manifest {
  return {
    name: 'tls',
    projected: {
      defaultMode: 0o440,
      sources: [
        {
          secret: {
            name: TLS.secretOf(role),
            items: [
              { key: 'tls.crt', path: 'tls.crt' },
              { key: 'tls.key', path: 'tls.key' },
              { key: 'ca.crt', path: 'trust/platform-ca.crt' },
            ],
          },
        },
        // only during a CA rotation (runbook, "Rotate certificates"); absent, the folder holds one CA
        {
          configMap: {
            name: TLS.trustBundle,
            optional: true,
            items: [{ key: 'ca.crt', path: 'trust/rotation-ca.crt' }],
          },
        },
      ],
    },
  };
}

const tlsEnv = (): EnvVar[] => [
  literal('TLS_CERT_FILE', `${TLS.dir}/tls.crt`),
  literal('TLS_KEY_FILE', `${TLS.dir}/tls.key`),
  literal('TLS_CA_FILE', `${TLS.dir}/trust`),
];

/** The role's certificate: serves its Service's names and authenticates it as a client. */
function certificate(role: string, component: string, server: boolean): Manifest {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: TLS.secretOf(role), labels: labels(role, component) },
    spec: {
      secretName: TLS.secretOf(role),
      issuerRef: { kind: 'Issuer', name: TLS.issuer },
      commonName: role,
      // the name its callers use (`https://<role>:<port>`, same namespace)
      ...(server ? { dnsNames: [role] } : {}),
      usages: server ? ['digital signature', 'server auth', 'client auth'] : ['digital signature', 'client auth'],
      duration: TLS.duration,
      renewBefore: TLS.renewBefore,
      privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
    },
  };
}

function service(name: string, component: string, ports: { name: string; port: number }[]): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: labels(name, component) },
    spec: {
      type: 'ClusterIP',
      selector: selectorOf(name),
      ports: ports.map(({ name: portName, port }) => ({ name: portName, port, targetPort: portName })),
    },
  };
}

function autoscaler(name: string, component: string, min: number, max: number): Manifest {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, labels: labels(name, component) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: min,
      maxReplicas: max,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
        { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } },
      ],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  };
}

function disruptionBudget(name: string, component: string): Manifest {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, labels: labels(name, component) },
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorOf(name) } },
  };
}

/** Ingress to pods labelled `name` on `ports` from `from` (pod selectors or namespace selectors). */
function ingressPolicy(
  name: string,
  podSelector: Record<string, string>,
  rules: { ports: number[]; from?: Manifest[] }[],
): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      podSelector: { matchLabels: podSelector },
      policyTypes: ['Ingress'],
      ingress: rules.map(({ ports, from }) => ({
        ...(from ? { from } : {}),
        ports: ports.map((port) => ({ protocol: 'TCP', port })),
      })),
    },
  };
}
const fromPods = (name: string) => ({ podSelector: { matchLabels: selectorOf(name) } });
/** Prometheus scrapes from namespaces labelled `ucos.dev/monitoring: "true"` */
const fromMonitoring = { namespaceSelector: { matchLabels: { 'ucos.dev/monitoring': 'true' } } };

const CLIENT = {
  database: { 'ucos.dev/database-client': 'true' },
  nats: { 'ucos.dev/nats-client': 'true' },
  redis: { 'ucos.dev/redis-client': 'true' },
};

const commonServiceEnv = (port: number, metricsPort: number): EnvVar[] => [
  literal('NODE_ENV', 'production'),
  fromConfig('LOG_LEVEL'),
  literal('HOST', '0.0.0.0'),
  literal('PORT', String(port)),
  literal('METRICS_HOST', '0.0.0.0'),
  literal('METRICS_PORT', String(metricsPort)),
];

const SERVICES_IMAGE_REF = `${SERVICES_IMAGE}:${BASE_TAG}`;
const APPS_IMAGE_REF = `${APPS_IMAGE}:${BASE_TAG}`;

function subgraphEnv(role: SubgraphRole): EnvVar[] {
  return [
    ...commonServiceEnv(role.port, metricsPortOfRole(role.port)),
    fromSecret('DATABASE_URL', dbSecretOf(role.name)),
    fromConfig('DATABASE_POOL_SIZE'),
    fromSecret('INTERNAL_TOKEN_SECRET', SECRETS.internalToken.name),
    fromConfig('NATS_URL'),
    ...(role.name === 'identity'
      ? [
          fromSecret('AUTH_SIGNING_KEY', SECRETS.identitySigning.name),
          fromSecret('AUTH_PREVIOUS_PUBLIC_KEYS', SECRETS.identitySigning.name, 'AUTH_PREVIOUS_PUBLIC_KEYS', true),
        ]
      : []),
    ...(role.redis ? [fromSecret('REDIS_URL', SECRETS.redis.name)] : []),
    // without SMTP_URL mail is written as .eml files: into the pod's writable /tmp, never the image
    ...(role.smtp
      ? [fromSecret('SMTP_URL', SECRETS.smtp.name, 'SMTP_URL', true), literal('MAIL_DIR', '/tmp/mail')]
      : []),
    ...(role.config ?? []).map((name) => fromConfig(name)),
    ...Object.entries(role.secrets ?? {}).map(([name, secret]) => fromSecret(name, secret)),
    ...role.calls.map((name) => literal(`${name.toUpperCase()}_SUBGRAPH_URL`, subgraphUrl(name))),
    ...(role.callsGateway ? [literal('GATEWAY_URL', `http://gateway:${GATEWAY_PORT}/graphql`)] : []),
    ...tlsEnv(),
  ];
}

const servicePorts = (port: number, metricsPort: number) => [
  { name: 'http', containerPort: port },
  { name: 'metrics', containerPort: metricsPort },
];

function subgraphObjects(role: SubgraphRole): Manifest[] {
  const metricsPort = metricsPortOfRole(role.port);
  const callers = SUBGRAPH_ROLES.filter((other) => other.calls.includes(role.name)).map((other) => other.name);
  if (workerCalls().includes(role.name)) callers.push('worker');
  return [
    deployment({
      name: role.name,
      component: 'subgraph',
      image: SERVICES_IMAGE_REF,
      uid: 10001,
      command: ['bun', `subgraphs/${role.name}/src/index.ts`],
      env: subgraphEnv(role),
      ports: servicePorts(role.port, metricsPort),
      // the GraphQL port requires a client certificate, which the kubelet has not: the metrics port
      // answers /ready and /health from the same service (kit `serveServiceMetrics`)
      readiness: httpProbe('/ready', 'metrics', 3, 5),
      liveness: httpProbe('/health', 'metrics', 3, 10),
      resources: resources('100m', '192Mi', '1', '512Mi'),
      volumes: [{ name: 'tmp', mountPath: '/tmp' }],
      podLabels: { ...CLIENT.database, ...CLIENT.nats, ...(role.redis ? CLIENT.redis : {}) },
      tlsRole: role.name,
    }),
    certificate(role.name, 'subgraph', true),
    service(role.name, 'subgraph', [
      { name: 'http', port: role.port },
      { name: 'metrics', port: metricsPort },
    ]),
    autoscaler(role.name, 'subgraph', 2, 6),
    disruptionBudget(role.name, 'subgraph'),
    // only the gateway, and the subgraphs that call this one through the internal client, reach it
    ingressPolicy(`${role.name}-ingress`, selectorOf(role.name), [
      { ports: [role.port], from: ['gateway', ...callers].map(fromPods) },
      { ports: [metricsPort], from: [fromMonitoring] },
    ]),
  ];
}

function gatewayObjects(): Manifest[] {
  const env: EnvVar[] = [
    ...commonServiceEnv(GATEWAY_PORT, METRICS_PORT_BASE),
    fromSecret('INTERNAL_TOKEN_SECRET', SECRETS.internalToken.name),
    fromSecret('REDIS_URL', SECRETS.redis.name),
    fromConfig('CORS_ORIGINS'),
    fromConfig('TRUSTED_PROXIES', true),
    literal('SUPERGRAPH_PATH', '/app/schema/supergraph.graphql'),
    literal(
      'TRUSTED_DOCUMENTS',
      'apps/storefront/src/generated/persisted-documents.json,apps/admin/src/generated/persisted-documents.json',
    ),
    literal('IDENTITY_URL', `https://identity:${SUBGRAPH_ROLES[0]?.port}`),
    ...SUBGRAPH_ROLES.map((role) => literal(`SUBGRAPH_${role.name.toUpperCase()}_URL`, subgraphUrl(role.name))),
    // its client certificate towards the subgraphs; its public door stays HTTP behind the ingress
    // (GATEWAY_TLS_CERT_FILE / GATEWAY_TLS_KEY_FILE serve HTTPS where nothing terminates TLS before it)
    ...tlsEnv(),
  ];
  return [
    deployment({
      name: 'gateway',
      component: 'gateway',
      image: SERVICES_IMAGE_REF,
      uid: 10001,
      command: ['bun', 'gateway/src/index.ts'],
      env,
      ports: servicePorts(GATEWAY_PORT, METRICS_PORT_BASE),
      readiness: httpProbe('/ready', 'http', 3, 5),
      liveness: httpProbe('/health', 'http', 3, 10),
      resources: resources('250m', '256Mi', '2', '768Mi'),
      volumes: [{ name: 'tmp', mountPath: '/tmp' }],
      podLabels: CLIENT.redis,
      tlsRole: 'gateway',
    }),
    certificate('gateway', 'gateway', false),
    service('gateway', 'gateway', [
      { name: 'http', port: GATEWAY_PORT },
      { name: 'metrics', port: METRICS_PORT_BASE },
    ]),
    autoscaler('gateway', 'gateway', 3, 12),
    disruptionBudget('gateway', 'gateway'),
    // the door from outside (ingress controller, apps, workflows): its GraphQL port from anywhere
    ingressPolicy('gateway-ingress', selectorOf('gateway'), [
      { ports: [GATEWAY_PORT] },
      { ports: [METRICS_PORT_BASE], from: [fromMonitoring] },
    ]),
  ];
}

function workerObjects(): Manifest[] {
  const env: EnvVar[] = [
    literal('NODE_ENV', 'production'),
    fromConfig('LOG_LEVEL'),
    literal('HOST', '0.0.0.0'),
    literal('PORT', String(WORKER_PORT)),
    literal('METRICS_HOST', '0.0.0.0'),
    literal('METRICS_PORT', String(WORKER_METRICS_PORT)),
    fromSecret('INTERNAL_TOKEN_SECRET', SECRETS.internalToken.name),
    fromConfig('NATS_URL'),
    fromSecret('REDIS_URL', SECRETS.redis.name),
    literal('WORKER_SHUTDOWN_GRACE_MS', String(WORKER_SHUTDOWN_GRACE_MS)),
    // identity's worker derives mailed tokens from its signing key and sweeps sign-ups; notifications' worker sends all mail
    fromSecret('AUTH_SIGNING_KEY', SECRETS.identitySigning.name),
    fromSecret('SMTP_URL', SECRETS.smtp.name, 'SMTP_URL', true),
    literal('MAIL_DIR', '/tmp/mail'),
    fromConfig('MAIL_FROM'),
    fromConfig('ADMIN_APP_URL'),
    fromConfig('STOREFRONT_URL'),
    ...SUBGRAPH_ROLES.filter((role) => WORKER_DOMAINS.includes(role.name)).flatMap((role) =>
      Object.entries(role.secrets ?? {}).map(([name, secret]) => fromSecret(name, secret)),
    ),
    literal('GATEWAY_URL', `http://gateway:${GATEWAY_PORT}/graphql`),
    ...WORKER_DOMAINS.map((name) => fromSecret(`${name.toUpperCase()}_DATABASE_URL`, dbSecretOf(name), 'DATABASE_URL')),
    ...workerCalls().map((name) => literal(`${name.toUpperCase()}_SUBGRAPH_URL`, subgraphUrl(name))),
    ...tlsEnv(),
  ];
  return [
    deployment({
      name: 'worker',
      component: 'worker',
      image: SERVICES_IMAGE_REF,
      uid: 10001,
      command: ['bun', 'infra/src/worker-host.ts', ...WORKER_DOMAINS],
      env,
      ports: [
        { name: 'http', containerPort: WORKER_PORT },
        { name: 'metrics', containerPort: WORKER_METRICS_PORT },
      ],
      readiness: httpProbe('/ready', 'http', 3, 5),
      liveness: httpProbe('/live', 'http', 3, 10),
      resources: resources('100m', '192Mi', '1', '512Mi'),
      volumes: [{ name: 'tmp', mountPath: '/tmp' }],
      podLabels: { ...CLIENT.database, ...CLIENT.nats, ...CLIENT.redis },
      tlsRole: 'worker',
    }),
    certificate('worker', 'worker', false),
    autoscaler('worker', 'worker', 2, 6),
    disruptionBudget('worker', 'worker'),
    // no one calls the worker tier: metrics only
    ingressPolicy('worker-ingress', selectorOf('worker'), [{ ports: [WORKER_METRICS_PORT], from: [fromMonitoring] }]),
  ];
}

function migrationObjects(): Manifest[] {
  const name = 'migrate';
  return [
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: 'ucos-migrate',
        labels: labels(name, 'migration'),
        annotations: {
          // run before the Deployments roll (Argo CD); by hand: see docs/operations/runbook.md, "Deploy"
          'argocd.argoproj.io/hook': 'PreSync',
          'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
        },
      },
      spec: {
        backoffLimit: 3,
        activeDeadlineSeconds: 900,
        ttlSecondsAfterFinished: 86_400,
        template: {
          metadata: { labels: labels(name, 'migration', CLIENT.database) },
          spec: {
            restartPolicy: 'Never',
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: podSecurity(10001),
            containers: [
              {
                name,
                image: SERVICES_IMAGE_REF,
                imagePullPolicy: 'IfNotPresent',
                command: ['bun', 'infra/src/migrate-job.ts'],
                env: [
                  literal('NODE_ENV', 'production'),
                  fromSecret('DATABASE_URL', SECRETS.dbAdmin.name),
                  fromSecret('APP_DB_PASSWORD', SECRETS.dbAdmin.name),
                  fromConfig('DB_STATEMENT_TIMEOUT_MS', true),
                  fromConfig('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', true),
                  // each role's password is set from its Secret, so the services' URLs log in
                  ...SUBGRAPH_ROLES.map((role) =>
                    fromSecret(`${role.name.toUpperCase()}_DATABASE_URL`, dbSecretOf(role.name), 'DATABASE_URL'),
                  ),
                ],
                resources: resources('100m', '128Mi', '1', '512Mi'),
                securityContext,
                volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
              },
            ],
            volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
          },
        },
      },
    },
  ];
}

function appObjects(app: 'admin' | 'storefront'): Manifest[] {
  const env: EnvVar[] = [
    literal('NODE_ENV', 'production'),
    literal('HOSTNAME', '0.0.0.0'),
    literal('PORT', String(APP_PORT)),
    literal('UCOS_GATEWAY_URL', `http://gateway:${GATEWAY_PORT}/graphql`),
    literal('UCOS_SECURE_COOKIES', 'true'),
    ...(app === 'storefront'
      ? [
          fromSecret('UCOS_PUBLISHABLE_KEY', SECRETS.storefront.name, 'UCOS_PUBLISHABLE_KEY', true),
          fromSecret('UCOS_STOREFRONT_KEYS', SECRETS.storefront.name, 'UCOS_STOREFRONT_KEYS', true),
        ]
      : []),
  ];
  // `/health`: the server answers; `/ready`: it also reaches the gateway (apps/ui/src/health.ts)
  const probe = (path: string, failureThreshold: number, periodSeconds: number) => ({
    httpGet: { path, port: 'http' },
    periodSeconds,
    timeoutSeconds: 3,
    failureThreshold,
  });
  return [
    deployment({
      name: app,
      component: 'app',
      image: APPS_IMAGE_REF,
      uid: 1000,
      command: ['node', 'node_modules/next/dist/bin/next', 'start', `apps/${app}`, '--port', String(APP_PORT)],
      env,
      ports: [{ name: 'http', containerPort: APP_PORT }],
      readiness: probe('/ready', 3, 5),
      liveness: probe('/health', 3, 10),
      resources: resources('200m', '256Mi', '1', '768Mi'),
      volumes: [
        { name: 'tmp', mountPath: '/tmp' },
        { name: 'next-cache', mountPath: `/app/apps/${app}/.next/cache` },
      ],
    }),
    service(app, 'app', [{ name: 'http', port: APP_PORT }]),
    autoscaler(app, 'app', 2, 8),
    disruptionBudget(app, 'app'),
    ingressPolicy(`${app}-ingress`, selectorOf(app), [{ ports: [APP_PORT] }]),
  ];
}

function defaultDeny(): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'default-deny-ingress', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  };
}

/** The generated files, name → objects. */
export function workloadFiles(): Record<string, Manifest[]> {
  return {
    'network-default-deny.yaml': [defaultDeny()],
    'gateway.yaml': gatewayObjects(),
    ...Object.fromEntries(SUBGRAPH_ROLES.map((role) => [`subgraph-${role.name}.yaml`, subgraphObjects(role)])),
    'worker.yaml': workerObjects(),
    'migrate-job.yaml': migrationObjects(),
    'app-admin.yaml': appObjects('admin'),
    'app-storefront.yaml': appObjects('storefront'),
  };
}

const HEADER =
  '# Generated by infra/src/k8s-manifests.ts: edit the generator, then run `node infra/src/k8s-manifests.ts`.\n';

export function renderWorkloads(): Record<string, string> {
  const files = workloadFiles();
  const rendered: Record<string, string> = Object.fromEntries(
    Object.entries(files).map(([file, objects]) => [
      file,
      HEADER + objects.map((object) => `---\n${stringify(object, { lineWidth: 0 })}`).join(''),
    ]),
  );
  rendered['kustomization.yaml'] =
    `${HEADER}${stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: Object.keys(files) })}`;
  return rendered;
}

export const WORKLOADS_DIR = fileURLToPath(new URL('../k8s/base/workloads/', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rendered = renderWorkloads();
  await mkdir(WORKLOADS_DIR, { recursive: true });
  for (const file of await readdir(WORKLOADS_DIR)) {
    if (!(file in rendered)) await rm(join(WORKLOADS_DIR, file));
  }
  for (const [file, text] of Object.entries(rendered)) {
    await mkdir(dirname(join(WORKLOADS_DIR, file)), { recursive: true });
    await writeFile(join(WORKLOADS_DIR, file), text);
  }
  console.log(`wrote ${Object.keys(rendered).length} files to ${WORKLOADS_DIR}`);
}
