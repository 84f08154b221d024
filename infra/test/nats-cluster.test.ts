// The failure drill of docs/operations/runbook.md ("A NATS server is lost"): three `nats-server`
// processes form a JetStream cluster, the kit's bus keeps one R3 stream on it, and the server that
// leads the stream is killed halfway through a run of events. Publishing goes on the way the outbox
// relay does it (the same event again until the bus takes it), delivery goes on from the survivors:
// every event arrives, and the stream holds each exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createEnvelope, createLogger, type EventEnvelope, NatsEventBus } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const STREAM = 'DRILL';
const EVENTS = 240;
const logger = createLogger('nats-drill', process.env.LOG_LEVEL ?? 'silent');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(attempt: () => Promise<T | null>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await attempt();
      if (value !== null) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

interface Node {
  name: string;
  url: string;
  process: ChildProcess;
}

describe('a three-server JetStream cluster loses the server leading the stream', () => {
  const nodes: Node[] = [];
  let storeRoot: string;
  let bus: NatsEventBus;

  beforeAll(async () => {
    storeRoot = await mkdtemp(join(tmpdir(), 'ucos-nats-drill-'));
    const clientPorts = [await freePort(), await freePort(), await freePort()];
    const clusterPorts = [await freePort(), await freePort(), await freePort()];
    for (const [index, clientPort] of clientPorts.entries()) {
      const name = `n${index + 1}`;
      const routes = clusterPorts.filter((_, other) => other !== index).map((port) => `nats://127.0.0.1:${port}`);
      const child = spawn(
        'nats-server',
        [
          ...['--addr', '127.0.0.1', '--port', String(clientPort), '--server_name', name],
          ...['--jetstream', '--store_dir', join(storeRoot, name)],
          ...['--cluster_name', 'ucos-drill', '--cluster', `nats://127.0.0.1:${clusterPorts[index]}`],
          ...['--routes', routes.join(',')],
        ],
        { stdio: 'ignore' },
      );
      nodes.push({ name, url: `nats://127.0.0.1:${clientPort}`, process: child });
    }
    // the stream can be made once the cluster has elected its JetStream meta leader
    bus = await until(
      () =>
        NatsEventBus.connect({
          servers: nodes.map((node) => node.url),
          logger,
          streamName: STREAM,
          replicas: 3,
          publishTimeoutMs: 2_000,
          ackWaitMs: 5_000,
        }),
      'the cluster to take an R3 stream',
      60_000,
    );
  }, 90_000);

  afterAll(async () => {
    await bus?.close().catch(() => undefined);
    for (const node of nodes) node.process.kill('SIGKILL');
    if (storeRoot) await rm(storeRoot, { recursive: true, force: true });
  });

  async function readStreamInfo() {
    const nc = await connect({
      servers: nodes.filter((node) => node.process.exitCode === null && !node.process.killed).map((node) => node.url),
    });
    try {
      return await (await jetstreamManager(nc)).streams.info(STREAM);
    } finally {
      await nc.close();
    }
  }

  /** The stream as its leader reports it; after a kill the cluster answers once it has elected new leaders. */
  function streamInfo() {
    return until(
      async () => {
        const info = await readStreamInfo();
        return info.cluster?.leader ? info : null;
      },
      'the stream to answer with a leader',
      60_000,
    );
  }

  /** As the relay does: the same envelope until the bus accepts it (the stream drops a repeat by its id). */
  async function publishUntilTaken(envelope: EventEnvelope): Promise<number> {
    let attempts = 0;
    await until(async () => {
      attempts += 1;
      await bus.publish(envelope);
      return true;
    }, `the bus to take ${envelope.id}`);
    return attempts;
  }

  it('delivers every event, stores each once, and keeps three copies', async () => {
    const info = await streamInfo();
    expect(info.config.num_replicas).toBe(3);
    const leader = info.cluster?.leader;
    expect(nodes.map((node) => node.name)).toContain(leader);

    const tenantId = randomUUID();
    const deliveries = new Map<string, number>();
    const subscription = await bus.subscribe({
      consumer: 'drill',
      subjects: ['ucos.drill.>'],
      handler: (envelope) => {
        deliveries.set(envelope.id, (deliveries.get(envelope.id) ?? 0) + 1);
      },
    });
    const published: string[] = [];
    let retried = 0;
    for (let index = 0; index < EVENTS; index += 1) {
      if (index === EVENTS / 3) nodes.find((node) => node.name === leader)!.process.kill('SIGKILL');
      const envelope = createEnvelope({
        type: 'drill.event.happened',
        tenantId,
        aggregateType: 'Drill',
        aggregateId: String(index % 7),
        payload: { index },
      });
      retried += (await publishUntilTaken(envelope)) - 1;
      published.push(envelope.id);
    }
    await until(
      async () => (published.every((id) => deliveries.has(id)) ? true : null),
      `all ${EVENTS} events delivered (have ${deliveries.size})`,
      60_000,
    );
    await subscription.stop();

    expect([...deliveries.keys()].sort()).toEqual([...published].sort());
    const after = await streamInfo();
    // nothing duplicated: a publish repeated across the failover is one message in the stream
    expect(after.state.messages).toBe(EVENTS);
    expect(after.cluster?.leader).not.toBe(leader);
    expect(after.config.num_replicas).toBe(3);
    logger.info({ retried, leader, newLeader: after.cluster?.leader }, 'drill done');
  }, 180_000);
});
