import type { FragmentType } from '../../../generated/index.ts';
import { QueueCaption } from './queue-caption.tsx';
import { ShipmentRow, type ShipmentRowFragment, type ShipmentStep } from './shipment-row.tsx';

/** One step of the shipment queue (to pack, to ship, shipped recently) as a table, or what it is when empty. */
export function ShipmentQueue(props: {
  title: string;
  empty: string;
  step: ShipmentStep;
  manage: boolean;
  /** the shop's, for the times in the rows */
  timeZone: string;
  connection: { totalCount: number; edges: { node: { id: string } & FragmentType<typeof ShipmentRowFragment> }[] };
}) {
  const id = `queue-${props.step}`;
  const actions = props.manage && props.step !== 'shipped';
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
              <th>Warehouse</th>
              <th>Lines</th>
              <th>Carrier</th>
              <th>Created</th>
              {actions ? <th>Action</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.connection.edges.map(({ node }) => (
              <ShipmentRow
                key={node.id}
                shipment={node}
                step={props.step}
                manage={props.manage}
                timeZone={props.timeZone}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
