import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { type EventBus, encodeGlobalId } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { define, startFakeGateway, waitFor } from './engine-harness.ts';
import { MIGRATIONS, newBus, startWorkflows, type WorkflowsHarness, workflowAdmin } from './harness.ts';

let db: TestDatabase;
let bus: EventBus;
let workflows: WorkflowsHarness;
let gateway: Awaited<ReturnType<typeof startFakeGateway>>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  db = await createTestDatabase([{ schema: 'workflows', directory: MIGRATIONS }]);
  bus = newBus();
  workflows = await startWorkflows(db, bus);
  // the first request is applied, then its answer is held long enough for the worker to be killed
  gateway = await startFakeGateway({ holdFirstMs: 20_000 });
}, 60_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await workflows?.close();
  await bus?.close();
  await gateway?.close();
  await db?.drop();
});

function startChild(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [new URL('./engine-crash-child.ts', import.meta.url).pathname], {
    env: {
      ...process.env,
      CHILD_DATABASE_URL: db.serviceUrl('workflows'),
      CHILD_GATEWAY_URL: `${gateway.url}/graphql`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the worker exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
  });
}

describe('a worker killed mid-run', () => {
  it('is replaced by another that completes the run, and the action is applied once', async () => {
    const tenant = randomUUID();
    const workflowId = await define(db, tenant, {
      name: 'crash',
      trigger: { manual: {} },
      scopes: ['orders:manage'],
      steps: [
        {
          id: 'hold',
          action: {
            mutation:
              'mutation($idempotencyKey: String) { orderHoldPlace(input: { orderId: "x", reason: "r", idempotencyKey: $idempotencyKey }) { hold { id } errors { code } } }',
          },
        },
        { id: 'after', set: { done: true } },
      ],
    });
    const first = await startChild();
    const started = await workflows.call<{ workflowStart: { run: { id: string } } }>(
      'mutation($input: WorkflowStartInput!) { workflowStart(input: $input) { run { id } errors { code } } }',
      { input: { workflowId: encodeGlobalId('Workflow', workflowId) } },
      workflowAdmin(tenant),
    );
    const runId = started.data!.workflowStart.run.id;
    await waitFor(async () => gateway.keysSeen.length === 1, 15_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    await startChild();
    const run = await waitFor(async () => {
      const answer = await workflows.call<{
        workflowRun: { status: string; timeline: { path: string; status: string; attempt: number }[] };
      }>(
        'query($id: ID!) { workflowRun(id: $id) { status timeline { path status attempt } } }',
        { id: runId },
        workflowAdmin(tenant),
      );
      return answer.data?.workflowRun?.status === 'COMPLETED' ? answer.data.workflowRun : null;
    }, 20_000);
    expect(run.timeline).toEqual([
      { path: 'hold', status: 'COMPLETED', attempt: 2 },
      { path: 'after', status: 'COMPLETED', attempt: 1 },
    ]);
    expect(gateway.keysSeen).toHaveLength(2);
    expect(new Set(gateway.keysSeen).size).toBe(1);
    expect(gateway.applied.get(gateway.keysSeen[0]!)).toBe(1);
  }, 60_000);
});
