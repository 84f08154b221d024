import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createLogger } from '../logger.ts';
import type { EventBus, SubscribeOptions, Subscription } from './bus.ts';
import { deadLetterSubject, type EventEnvelope, type JsonValue } from './event.ts';
import { InProcessEventBus } from './in-process-bus.ts';
import { NatsEventBus } from './nats-bus.ts';
import { SUBJECT_ROOT } from './subjects.ts';

export type TestBusKind = 'in-process' | 'nats';

/** Always the in-process bus, plus real JetStream when NATS_URL is set (CI): the same suites run on both. */
export function testBusKinds(): TestBusKind[] {
  return process.env.NATS_URL ? ['in-process', 'nats'] : ['in-process'];
}

export interface TestBus {
  kind: TestBusKind;
  bus: EventBus;
  /** a durable name unique to this run, so reruns on a shared server never share a consumer */
  consumer(label: string): string;
  /** an event type unique to this run and label: `<run>.<label>.happened` */
  type(label: string): string;
  /** the filter matching `type(label)` */
  subject(label: string): string;
  /** closes the bus and, on NATS, deletes this run's consumers and messages */
  dispose(): Promise<void>;
}

const STREAM = 'UCOS';

export async function createTestBus(kind: TestBusKind): Promise<TestBus> {
  const run = `t${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const logger = createLogger('events-test', process.env.LOG_LEVEL ?? 'silent');
  const servers = process.env.NATS_URL ?? '';
  const bus =
    kind === 'nats'
      ? await NatsEventBus.connect({ servers, logger, streamName: STREAM, name: `test-${run}` })
      : new InProcessEventBus({ logger });
  return {
    kind,
    bus,
    consumer: (label) => `${run}_${label}`,
    type: (label) => `${run}.${label}.happened`,
    subject: (label) => `${SUBJECT_ROOT}.${run}.${label}.>`,
    async dispose() {
      await bus.close();
      if (kind === 'nats') await removeRun(servers, run);
    },
  };
}

async function removeRun(servers: string, run: string): Promise<void> {
  const nc = await connect({ servers });
  try {
    const jsm = await jetstreamManager(nc);
    const names: string[] = [];
    for await (const info of jsm.consumers.list(STREAM)) {
      if (info.name.startsWith(`${run}_`)) names.push(info.name);
    }
    for (const name of names) {
      await jsm.consumers.delete(STREAM, name);
      await jsm.streams.purge(STREAM, { filter: deadLetterSubject(name) });
    }
    await jsm.streams.purge(STREAM, { filter: `${SUBJECT_ROOT}.${run}.>` });
  } finally {
    await nc.close();
  }
}

/** Wraps a bus to count accepted publishes per event id, and to fail them on demand (an outage). */
export class RecordingEventBus implements EventBus {
  readonly published = new Map<string, number>();
  failing = false;
  /** a delay before each publish, like a network round trip: it widens the windows races need */
  latencyMs = 0;
  readonly #inner: EventBus;

  constructor(inner: EventBus) {
    this.#inner = inner;
  }

  async publish(envelope: EventEnvelope<unknown>): Promise<void> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (this.failing) throw new Error('the bus is unavailable (simulated)');
    await this.#inner.publish(envelope);
    this.published.set(envelope.id, (this.published.get(envelope.id) ?? 0) + 1);
  }

  subscribe<Payload = JsonValue>(options: SubscribeOptions<Payload>): Promise<Subscription> {
    return this.#inner.subscribe(options);
  }

  close(): Promise<void> {
    return this.#inner.close();
  }
}
