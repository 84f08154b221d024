'use client';
import { useState } from 'react';
import { dryRunWorkflow } from '../actions.ts';

type Result = Awaited<ReturnType<typeof dryRunWorkflow>>;

const SAMPLE = JSON.stringify(
  {
    type: 'orders.order.created',
    payload: { orderId: '00000000-0000-4000-8000-000000000001', number: 1001, totalAmount: 250000, currency: 'EUR' },
  },
  null,
  2,
);

/** Paste a sample event, see what each step would do: nothing is run, sent or saved. */
export function DryRunPanel({ id }: { id: string }) {
  const [event, setEvent] = useState(SAMPLE);
  const [result, setResult] = useState<Result | null>(null);
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    try {
      setResult(await dryRunWorkflow({ id, event }));
    } finally {
      setRunning(false);
    }
  }

  return (
    <div>
      <label htmlFor="dry-run-event">Sample event (JSON: an envelope with payload, or just the payload)</label>
      <textarea
        id="dry-run-event"
        rows={8}
        value={event}
        onChange={(change) => setEvent(change.target.value)}
        style={{ width: '100%', fontFamily: 'monospace' }}
      />
      <p>
        <button type="button" onClick={run} disabled={running}>
          {running ? 'Running…' : 'Dry run'}
        </button>
      </p>
      {result ? (
        <div data-testid="dry-run-result" role="status">
          {result.errors.length ? (
            <ul className="errors">
              {result.errors.map((error) => (
                <li key={error.message}>{error.message}</li>
              ))}
            </ul>
          ) : (
            <>
              <p>
                {result.matched ? 'The trigger matches: a run would start.' : `No run would start: ${result.reason}`}
              </p>
              {result.steps.length ? (
                <table>
                  <caption className="sr-only">Step outcomes</caption>
                  <thead>
                    <tr>
                      <th>Step</th>
                      <th>Kind</th>
                      <th>Outcome</th>
                      <th>Input (resolved)</th>
                      <th>Note</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.steps.map((step) => (
                      <tr key={step.path}>
                        <td>
                          <code>{step.id}</code>
                        </td>
                        <td>{step.kind}</td>
                        <td>
                          {step.outcome === 'BRANCH'
                            ? `branch: ${step.branch}`
                            : step.outcome === 'WOULD_RUN'
                              ? 'would run'
                              : step.outcome.toLowerCase()}
                        </td>
                        <td>
                          <code style={{ whiteSpace: 'pre-wrap' }}>{step.input}</code>
                        </td>
                        <td>{step.detail ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
