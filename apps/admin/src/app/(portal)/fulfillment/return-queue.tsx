import type { FragmentType } from '../../../generated/index.ts';
import { QueueCaption } from './queue-caption.tsx';
import { ReturnRow, type ReturnRowFragment, type ReturnStep } from './return-row.tsx';

/** One step of the return queue (to approve, to receive) as a table, or what it is when empty. */
export function ReturnQueue(props: {
  title: string;
  empty: string;
  step: ReturnStep;
  manage: boolean;
  /** the shop's, for the times in the rows */
  timeZone: string;
  connection: { totalCount: number; edges: { node: { id: string } & FragmentType<typeof ReturnRowFragment> }[] };
}) {
  const id = `queue-${props.step}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.connection.edges.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <table>
          <QueueCaption title={props.title} shown={props.connection.edges.length} total={props.connection.totalCount} />
          <thead>
            <tr>
              <th>Order</th>
              <th>Customer</th>
              <th>Items</th>
              <th>Reason</th>
              <th>Requested</th>
              {props.manage ? <th>Action</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.connection.edges.map(({ node }) => (
              <ReturnRow key={node.id} item={node} step={props.step} manage={props.manage} timeZone={props.timeZone} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
