import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCertificateAuthority, issueCertificate } from '@ucos/kit/tls-certificates';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  renderWorkloads,
  SUBGRAPH_ROLES,
  TERMINATION_GRACE_SECONDS,
  TLS,
  WORKER_DOMAINS,
  WORKLOADS_DIR,
} from '../src/k8s-manifests.ts';
import {
  checkPolicies,
  type K8sObject,
  lintDockerfile,
  parseManifests,
  renderOverlay,
  validateSchemas,
} from '../src/k8s-policy.ts';
import { SUBGRAPHS } from '../src/subgraphs.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OVERLAYS = ['development', 'production'] as const;
const rendered: Record<string, K8sObject[]> = {};

const find = (objects: K8sObject[], kind: string, name: string) => {
  const object = objects.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
  if (!object) throw new Error(`${kind}/${name} not rendered`);
  return object;
};
const clone = <T>(value: T): T => structuredClone(value);
const rulesOf = (objects: K8sObject[], production: boolean) =>
  checkPolicies(objects, { production }).map(
    (violation) => `${violation.rule} ${violation.object}: ${violation.message}`,
  );

beforeAll(() => {
  for (const overlay of OVERLAYS) rendered[overlay] = renderOverlay(`${ROOT}infra/k8s/overlays/${overlay}`);
});

describe('the Kubernetes manifests', () => {
  it('are generated from the service roles and committed as generated', async () => {
    for (const [file, text] of Object.entries(renderWorkloads())) {
      expect(
        await readFile(`${WORKLOADS_DIR}${file}`, 'utf8'),
        `${file} is stale: run node infra/src/k8s-manifests.ts`,
      ).toBe(text);
    }
  });

  it('give every registered subgraph a role with its port', () => {
    for (const entry of SUBGRAPHS) {
      expect(SUBGRAPH_ROLES.find((role) => role.name === entry.name)?.port, entry.name).toBe(entry.defaultPort);
    }
  });

  it.each(OVERLAYS)(
    '%s renders the gateway, every subgraph, the worker tier, the migration Job and both apps',
    (overlay) => {
      const objects = rendered[overlay] as K8sObject[];
      const deployments = objects
        .filter((object) => object.kind === 'Deployment')
        .map((object) => object.metadata.name);
      expect(deployments.sort()).toEqual(
        ['gateway', 'worker', 'admin', 'storefront', ...SUBGRAPH_ROLES.map((role) => role.name)].sort(),
      );
      expect(find(objects, 'Job', 'ucos-migrate').spec.template.spec.containers[0].command).toEqual([
        'bun',
        'infra/src/migrate-job.ts',
      ]);
      for (const name of ['gateway', ...SUBGRAPH_ROLES.map((role) => role.name)]) {
        const container = find(objects, 'Deployment', name).spec.template.spec.containers[0];
        expect(container.readinessProbe.httpGet.path, name).toBe('/ready');
        expect(container.livenessProbe.httpGet.path, name).toBe('/health');
      }
      const worker = find(objects, 'Deployment', 'worker').spec.template.spec.containers[0];
      expect(worker.command.slice(0, 2)).toEqual(['bun', 'infra/src/worker-host.ts']);
      expect([worker.readinessProbe.httpGet.path, worker.livenessProbe.httpGet.path]).toEqual(['/ready', '/live']);
      for (const object of objects) expect(object.metadata.namespace ?? 'cluster', idOf(object)).not.toBe('default');
    },
  );

  it.each(OVERLAYS)('%s validates against the Kubernetes schemas (and the CRDs’ own checks)', (overlay) => {
    expect(validateSchemas(rendered[overlay] as K8sObject[])).toEqual([]);
  });

  it.each(OVERLAYS)('%s passes our policies', (overlay) => {
    expect(rulesOf(rendered[overlay] as K8sObject[], overlay === 'production')).toEqual([]);
  });

  it('production: HPAs of at least two pods, R3 streams, three NATS servers, a database replica, no Secret objects', () => {
    const objects = rendered.production as K8sObject[];
    expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
    expect(find(objects, 'HorizontalPodAutoscaler', 'gateway').spec.minReplicas).toBeGreaterThanOrEqual(3);
    expect(find(objects, 'Stream', 'ucos').spec.replicas).toBe(3);
    expect(find(objects, 'StatefulSet', 'nats').spec.replicas).toBe(3);
    expect(find(objects, 'Cluster', 'ucos-pg').spec.instances).toBe(2);
    expect(objects.every((object) => object.kind === 'Namespace' || object.metadata.namespace === 'ucos')).toBe(true);
  });

  it('the kustomize build is deterministic (CI renders with kubectl, same output twice)', () => {
    const once = execFileSync('kubectl', ['kustomize', `${ROOT}infra/k8s/overlays/production`], { encoding: 'utf8' });
    expect(parseManifests(once)).toEqual(rendered.production);
  });
});

/** A container's environment as the kubelet would give it, from the rendered ConfigMaps and Secrets. */
function resolveEnv(objects: K8sObject[], deployment: string): Record<string, string> {
  const container = find(objects, 'Deployment', deployment).spec.template.spec.containers[0];
  const env: Record<string, string> = {};
  for (const variable of container.env as { name: string; value?: string; valueFrom?: Record<string, any> }[]) {
    if (variable.value !== undefined) env[variable.name] = variable.value;
    const map = variable.valueFrom?.configMapKeyRef;
    const secret = variable.valueFrom?.secretKeyRef;
    const ref = map ?? secret;
    if (!ref) continue;
    const source = objects.find(
      (object) => object.kind === (map ? 'ConfigMap' : 'Secret') && object.metadata.name === ref.name,
    );
    const raw = source?.data?.[ref.key];
    if (raw === undefined) {
      if (!ref.optional)
        throw new Error(`${deployment}: ${variable.name} needs ${ref.name}/${ref.key}, which is not rendered`);
      continue;
    }
    env[variable.name] = map ? raw : Buffer.from(String(raw).replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return env;
}

describe('the rendered environment (development overlay, its generated Secrets)', () => {
  it.each(SUBGRAPH_ROLES.map((role) => role.name))("satisfies %s's env schema (src/env.ts)", async (name) => {
    const path = `${ROOT}subgraphs/${name}/src/env.ts`;
    if (!existsSync(path)) return; // a domain landing from another branch: checked once merged
    const module = (await import(path)) as Record<string, (source: Record<string, string>) => Record<string, unknown>>;
    const load = Object.entries(module).find(([exported]) => /^load\w+Env$/.test(exported))?.[1];
    if (!load) throw new Error(`${path} exports no load…Env`);
    const env = load(resolveEnv(rendered.development as K8sObject[], name));
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: SUBGRAPH_ROLES.find((role) => role.name === name)?.port,
    });
  });

  it('gives the gateway, every subgraph and the worker a certificate of the platform CA, mounted with the rotation bundle', () => {
    for (const overlay of OVERLAYS) {
      const objects = rendered[overlay] as K8sObject[];
      for (const name of ['gateway', 'worker', ...SUBGRAPH_ROLES.map((role) => role.name)]) {
        const certificate = find(objects, 'Certificate', TLS.secretOf(name));
        expect(certificate.spec).toMatchObject({ secretName: TLS.secretOf(name), issuerRef: { name: TLS.issuer } });
        const pod = find(objects, 'Deployment', name).spec.template.spec;
        const sources = pod.volumes.find((volume: { name: string }) => volume.name === 'tls').projected.sources;
        expect(sources.map((source: Record<string, { name: string }>) => Object.values(source)[0]?.name)).toEqual([
          TLS.secretOf(name),
          TLS.trustBundle,
        ]);
        // the rotation bundle exists only during a rotation: the pod must start without it
        expect(sources[1].configMap.optional).toBe(true);
        expect(pod.containers[0].volumeMounts).toContainEqual({ name: 'tls', mountPath: TLS.dir, readOnly: true });
      }
      // the kubelet has no client certificate: subgraphs are probed on their plain metrics port
      for (const role of SUBGRAPH_ROLES) {
        const container = find(objects, 'Deployment', role.name).spec.template.spec.containers[0];
        expect([container.readinessProbe.httpGet.port, container.livenessProbe.httpGet.port]).toEqual([
          'metrics',
          'metrics',
        ]);
      }
      expect(find(objects, 'Issuer', TLS.issuer).spec.ca.secretName).toBe('ucos-platform-ca');
    }
  });

  it("satisfies the gateway's configuration in production mode", async () => {
    const { loadConfig } = await import(`${ROOT}gateway/src/config.ts`);
    // the files cert-manager and trust-manager put into the pod's TLS folder, made here
    const mounted = await mkdtemp(join(tmpdir(), 'ucos-k8s-tls-'));
    const ca = await createCertificateAuthority({ commonName: 'k8s test platform CA' });
    const leaf = await issueCertificate(ca, { commonName: 'gateway', usage: 'client' });
    await mkdir(join(mounted, 'trust'));
    await Promise.all([
      writeFile(join(mounted, 'tls.crt'), leaf.cert),
      writeFile(join(mounted, 'tls.key'), leaf.key),
      // the Secret's ca.crt, as projected; no rotation bundle
      writeFile(join(mounted, 'trust/platform-ca.crt'), ca.cert),
    ]);
    const env = Object.fromEntries(
      Object.entries(resolveEnv(rendered.development as K8sObject[], 'gateway')).map(([name, value]) => [
        name,
        value.startsWith(`${TLS.dir}/`) ? join(mounted, value.slice(TLS.dir.length + 1)) : value,
      ]),
    );
    const { config } = loadConfig(env, []);
    await rm(mounted, { recursive: true, force: true });
    expect(config.tls.service).toMatchObject({ cert: leaf.cert, ca: [ca.cert.trim()], requireClientCertificate: true });
    expect(Object.values(config.subgraphUrls).every((url) => String(url).startsWith('https://'))).toBe(true);
    expect(config.nodeEnv).toBe('production');
    expect(Object.keys(config.subgraphUrls).sort()).toEqual(
      SUBGRAPH_ROLES.map((role) => role.name.toUpperCase()).sort(),
    );
    expect(config.metrics).toEqual({ port: 9400, host: '0.0.0.0', topTenants: 10, topTenantsWindowSeconds: 60 });
  });

  it('gives the worker tier each domain its own database connection, and every registered worker domain', () => {
    const env = resolveEnv(rendered.development as K8sObject[], 'worker');
    for (const name of WORKER_DOMAINS) expect(env[`${name.toUpperCase()}_DATABASE_URL`]).toContain(`ucos_${name}:`);
    for (const entry of SUBGRAPHS.filter((candidate) => candidate.workerModule)) {
      expect(WORKER_DOMAINS, `${entry.name} has a workerModule`).toContain(entry.name);
    }
  });
});

describe('the policy checker catches', () => {
  const production = () => clone(rendered.production as K8sObject[]);
  const gatewayOf = (objects: K8sObject[]) => find(objects, 'Deployment', 'gateway');

  it('a root container, a writable root filesystem, missing limits and probes, a latest tag', () => {
    const objects = production();
    const container = gatewayOf(objects).spec.template.spec.containers[0];
    container.securityContext.runAsUser = 0;
    container.securityContext.readOnlyRootFilesystem = false;
    delete container.resources.limits;
    delete container.readinessProbe;
    container.image = 'registry.example.com/ucos/services:latest';
    const rules = rulesOf(objects, true).join('\n');
    expect(rules).toContain('non-root Deployment/gateway');
    expect(rules).toContain('read-only-root Deployment/gateway');
    expect(rules).toContain('resources.limits.cpu missing');
    expect(rules).toContain('readinessProbe missing');
    expect(rules).toContain('uses :latest');
  });

  it('an image without a tag, and the base placeholder left in place', () => {
    const objects = production();
    find(objects, 'Deployment', 'catalog').spec.template.spec.containers[0].image = 'ucos/services';
    find(objects, 'Deployment', 'orders').spec.template.spec.containers[0].image = 'ucos-services:0.0.0-unreleased';
    const rules = rulesOf(objects, true).join('\n');
    expect(rules).toContain('has no tag');
    expect(rules).toContain("base's placeholder tag");
  });

  it('a secret as a literal or from a ConfigMap, and secret material in a ConfigMap', () => {
    const objects = production();
    const env = gatewayOf(objects).spec.template.spec.containers[0].env;
    env.find((variable: { name: string }) => variable.name === 'INTERNAL_TOKEN_SECRET').valueFrom = undefined;
    env.find((variable: { name: string }) => variable.name === 'INTERNAL_TOKEN_SECRET').value = 'x'.repeat(40);
    env.push({ name: 'REDIS_URL', valueFrom: { configMapKeyRef: { name: 'ucos-config', key: 'REDIS_URL' } } });
    find(objects, 'ConfigMap', 'ucos-config').data.EXTRA = 'postgres://ucos_catalog:hunter2@db:5432/ucos';
    const rules = rulesOf(objects, true).join('\n');
    expect(rules).toContain('INTERNAL_TOKEN_SECRET is a literal');
    expect(rules).toContain('REDIS_URL comes from a ConfigMap');
    expect(rules).toContain('EXTRA: secret material in a ConfigMap');
  });

  it('a Secret object in production, and a reference to a Secret nobody creates', () => {
    const objects = production();
    objects.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'oops', namespace: 'ucos' }, stringData: {} });
    gatewayOf(objects).spec.template.spec.containers[0].env.push({
      name: 'X_TOKEN',
      valueFrom: { secretKeyRef: { name: 'mystery', key: 'X_TOKEN' } },
    });
    const rules = rulesOf(objects, true).join('\n');
    expect(rules).toContain('secrets Secret/oops');
    expect(rules).toContain('Secret mystery is not one the runbook creates');
  });

  it('a Deployment without a PDB or HPA, an HPA of one pod, a grace period shorter than the drain', () => {
    const objects = production().filter(
      (object) =>
        !(
          object.metadata.name === 'catalog' && ['PodDisruptionBudget', 'HorizontalPodAutoscaler'].includes(object.kind)
        ),
    );
    find(objects, 'HorizontalPodAutoscaler', 'orders').spec.minReplicas = 1;
    find(objects, 'Deployment', 'fulfillment').spec.replicas = 4;
    gatewayOf(objects).spec.template.spec.terminationGracePeriodSeconds = 30;
    delete find(objects, 'Deployment', 'inventory').spec.template.spec.containers[0].lifecycle;
    const worker = find(objects, 'Deployment', 'worker').spec.template.spec.containers[0];
    worker.env.find((variable: { name: string }) => variable.name === 'WORKER_SHUTDOWN_GRACE_MS').value = '60000';
    const rules = rulesOf(objects, true).join('\n');
    expect(rules).toContain('disruption-budget Deployment/catalog');
    expect(rules).toContain('autoscaler Deployment/catalog');
    expect(rules).toContain('autoscaler Deployment/orders: minReplicas < 2');
    expect(rules).toContain('autoscaler Deployment/fulfillment: sets spec.replicas although an HPA scales it');
    expect(rules).toContain(`terminationGracePeriodSeconds 30 < ${TERMINATION_GRACE_SECONDS}`);
    expect(rules).toContain('graceful-shutdown Deployment/inventory');
    expect(rules).toContain('WORKER_SHUTDOWN_GRACE_MS 60000 does not fit');
  });

  it('a subgraph reachable from an app or from every pod, and the default deny missing', () => {
    const objects = production().filter((object) => object.metadata.name !== 'default-deny-ingress');
    find(objects, 'NetworkPolicy', 'catalog-ingress').spec.ingress[0].from.push({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'storefront' } },
    });
    delete find(objects, 'NetworkPolicy', 'inventory-ingress').spec.ingress[0].from;
    const rules = rulesOf(objects, true).join('\n');
    expect(rules).toContain('no default-deny ingress policy');
    expect(rules).toContain(
      'catalog:4002 admits storefront, which is neither the gateway nor configured to call catalog',
    );
    expect(rules).toContain('inventory:4003 is open to every pod');
  });

  it('the database reachable from the gateway or from anywhere, and production without a replica or R3', () => {
    const objects = production();
    const database = find(objects, 'NetworkPolicy', 'postgres-ingress');
    database.spec.ingress[0].from.push({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } });
    gatewayOf(objects).spec.template.metadata.labels['ucos.dev/database-client'] = 'true';
    find(objects, 'Cluster', 'ucos-pg').spec.instances = 1;
    find(objects, 'Stream', 'ucos').spec.replicas = 1;
    const rules = rulesOf(objects, true).join('\n');
    expect(rules).toContain('the database admits {"podSelector":{"matchLabels":{"app.kubernetes.io/name":"gateway"}}}');
    expect(rules).toContain('Deployment/gateway: labelled a database client but is not a service');
    expect(rules).toContain('production needs a replica');
    expect(rules).toContain('production streams are R3');
  });

  it('schema errors: a wrong type, an unknown kind, a broken custom resource', () => {
    const objects = production();
    gatewayOf(objects).spec.replicas = 'three';
    objects.push({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } });
    find(objects, 'Stream', 'ucos').spec.storage = 'disk';
    const problems = validateSchemas(objects).join('\n');
    expect(problems).toContain('Deployment/gateway: data/spec/replicas must be integer');
    expect(problems).toContain('Widget/w: no schema for example.com/v1/Widget');
    expect(problems).toContain('Stream/ucos: spec.storage: file or memory');
  });
});

describe('the Dockerfiles', () => {
  it.each(['services', 'apps'])(
    '%s: multi-stage, pinned base images, non-root, no downloads outside the registries',
    async (name) => {
      const text = await readFile(`${ROOT}infra/docker/${name}.Dockerfile`, 'utf8');
      expect(lintDockerfile(text)).toEqual([]);
      expect(text).toContain('npm ci');
    },
  );

  it('the services image runs Bun from the npm registry (the root devDependency)', async () => {
    const text = await readFile(`${ROOT}infra/docker/services.Dockerfile`, 'utf8');
    const manifest = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(manifest.devDependencies.bun).toBeDefined();
    expect(text).toContain('node_modules/bun/bin/bun.exe');
  });

  it('the linter catches a single stage, a latest or untagged base, root, and curl', () => {
    const problems = lintDockerfile(
      ['ARG BASE=node', 'FROM $BASE', 'RUN curl -fsSL https://example.com/install.sh | sh', 'USER root'].join('\n'),
    ).join('\n');
    expect(problems).toContain('not multi-stage');
    expect(problems).toContain('base image node is not pinned');
    expect(problems).toContain('RUN downloads with curl/wget');
    expect(problems).toContain('runs as root');
    expect(lintDockerfile('FROM node:latest AS a\nFROM debian:bookworm-slim\n').join('\n')).toContain('uses :latest');
    expect(lintDockerfile('FROM node:24 AS a\nFROM a\n').join('\n')).toContain('sets no USER');
  });
});

function idOf(object: K8sObject) {
  return `${object.kind}/${object.metadata.name}`;
}
