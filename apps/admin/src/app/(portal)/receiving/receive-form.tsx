'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { Submit } from '@ucos/ui/submit';
import { useEffect, useState } from 'react';
import { useFormAction } from '../../../components/use-form-action.ts';
import { postReceipt } from './actions.ts';

export interface ReceivableLine {
  purchaseOrderLineId: string;
  sku: string;
  description: string;
  quantityOrdered: number;
  quantityCancelled: number;
  quantityReceived: number;
  quantityOpen: number;
}

const big = { fontSize: '1.4rem', padding: '0.4rem 0.6rem', width: '7rem' } as const;

/**
 * One order's lines as the dock counts them: accepted (the open quantity already typed in, the usual
 * case), rejected and why. Tab walks the inputs line by line; Enter posts.
 */
export function ReceiveForm({
  purchaseOrderId,
  number,
  lines,
  idempotencyKey,
  autoFocus,
}: {
  purchaseOrderId: string;
  number: string;
  lines: ReceivableLine[];
  idempotencyKey: string;
  autoFocus: boolean;
}) {
  const [state, formAction] = useFormAction(postReceipt);
  const [key, setKey] = useState(idempotencyKey);
  // a posted receipt used its key: the next one of the same order is a new receipt
  useEffect(() => {
    if (state.ok) setKey(crypto.randomUUID());
  }, [state]);
  const value = (name: string, fallback: string | number) => state.values?.[name] ?? String(fallback);
  return (
    <form action={formAction} aria-label={`Receive ${number}`} noValidate>
      <input type="hidden" name="purchaseOrderId" value={purchaseOrderId} />
      <input type="hidden" name="lineIds" value={lines.map((line) => line.purchaseOrderLineId).join(',')} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Item</th>
            <th>Ordered</th>
            <th>Received</th>
            <th>Accepted</th>
            <th>Rejected</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const id = line.purchaseOrderLineId;
            const field = (name: string) => ({
              id: `${name}-${id}`,
              name: `${name}-${id}`,
              'aria-invalid': state.errors?.[`${name}-${id}`] ? true : undefined,
            });
            const error = ['accepted', 'rejected', 'reason']
              .map((name) => state.errors?.[`${name}-${id}`])
              .filter(Boolean)
              .join(' ');
            return (
              <tr key={`${id}-${state.ok ? state.message : ''}`}>
                <td>
                  <strong>{line.sku}</strong>
                </td>
                <td>{line.description}</td>
                <td>{line.quantityOrdered - line.quantityCancelled}</td>
                <td>{line.quantityReceived}</td>
                <td>
                  <label className="sr-only" htmlFor={`accepted-${id}`}>
                    Accepted {line.sku}
                  </label>
                  <input
                    {...field('accepted')}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    style={big}
                    // biome-ignore lint/a11y/noAutofocus: after a scan the first quantity takes the focus, so the dock types and posts with the keyboard
                    autoFocus={autoFocus && index === 0}
                    defaultValue={value(`accepted-${id}`, state.ok ? 0 : line.quantityOpen)}
                  />
                  {error ? (
                    <p className="field-error" role="alert">
                      {error}
                    </p>
                  ) : null}
                </td>
                <td>
                  <label className="sr-only" htmlFor={`rejected-${id}`}>
                    Rejected {line.sku}
                  </label>
                  <input
                    {...field('rejected')}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    style={big}
                    defaultValue={value(`rejected-${id}`, 0)}
                  />
                </td>
                <td>
                  <label className="sr-only" htmlFor={`reason-${id}`}>
                    Rejection reason {line.sku}
                  </label>
                  <input
                    {...field('reason')}
                    type="text"
                    style={{ ...big, width: '14rem' }}
                    defaultValue={value(`reason-${id}`, '')}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <Submit>{`Post receipt for ${number}`}</Submit>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
