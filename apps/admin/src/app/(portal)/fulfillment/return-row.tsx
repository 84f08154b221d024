import { ActionForm } from '../../../components/action-form.tsx';
import { type FragmentType, graphql, readFragment } from '../../../generated/index.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { queueReturnAction } from './actions.ts';
import { OrderCell } from './order-cell.tsx';

/** A return in the queue; the order's number and email only for a user who may read orders (`$withOrder`). */
export const ReturnRowFragment = graphql(`
  fragment FulfillmentReturnRow_return on Return {
    id
    version
    availableActions
    reason
    createdAt
    order {
      id
      displayNumber @include(if: $withOrder)
      email @include(if: $withOrder)
    }
    lines {
      quantity
      variant {
        sku
      }
    }
  }
`);

/** What the warehouse does next with a return in this list. */
export type ReturnStep = 'approve' | 'receive';

/** Each step's button and the API's action it performs (shown only while the API offers it). */
const NEXT: Record<ReturnStep, { action: string; offered: 'APPROVE' | 'RECEIVE'; label: string }> = {
  approve: { action: 'approve', offered: 'APPROVE', label: 'Approve' },
  receive: { action: 'receive', offered: 'RECEIVE', label: 'Mark received' },
};

export function ReturnRow(props: {
  item: FragmentType<typeof ReturnRowFragment>;
  step: ReturnStep;
  manage: boolean;
  timeZone: string;
}) {
  const item = readFragment(ReturnRowFragment, props.item);
  const next = NEXT[props.step];
  return (
    <tr data-testid="queue-return">
      <OrderCell order={item.order} />
      <td>{item.order.email ?? '—'}</td>
      <td>{item.lines.map((line) => `${line.quantity} × ${line.variant.sku}`).join(', ')}</td>
      <td>{item.reason ?? '—'}</td>
      <td>{formatDateTime(item.createdAt, props.timeZone)}</td>
      {props.manage ? (
        <td>
          {item.availableActions.includes(next.offered) ? (
            <ActionForm
              inline
              label={`${next.label}: the return of ${item.order.displayNumber ? `order ${item.order.displayNumber}` : 'the order'}`}
              action={queueReturnAction}
              submit={next.label}
              idPrefix={`${next.action}-${item.id}`}
              hidden={{ orderId: item.order.id, returnId: item.id, version: item.version, action: next.action }}
              fields={[]}
            />
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
