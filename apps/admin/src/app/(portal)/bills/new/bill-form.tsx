'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { Submit } from '@ucos/ui/submit';
import { useFormAction } from '../../../../components/use-form-action.ts';
import { createBill } from '../actions.ts';

export interface BillableLine {
  purchaseOrderLineId: string;
  sku: string;
  description: string;
  quantityReceived: number;
  quantityBilled: number;
  unitCost: number;
  currency: string;
}

const decimal = (minor: number) => (minor / 100).toFixed(2);

/** The supplier's invoice as typed from paper: per order line what it bills and at what price. */
export function BillForm({
  purchaseOrderId,
  number,
  lines,
  idempotencyKey,
  today,
}: {
  purchaseOrderId: string;
  number: string;
  lines: BillableLine[];
  idempotencyKey: string;
  today: string;
}) {
  const [state, formAction] = useFormAction(createBill);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const error = (name: string) =>
    state.errors?.[name] ? (
      <p className="field-error" role="alert">
        {state.errors[name]}
      </p>
    ) : null;
  const currency = lines[0]?.currency ?? '';
  return (
    <form action={formAction} aria-label={`Bill for ${number}`} noValidate>
      <input type="hidden" name="purchaseOrderId" value={purchaseOrderId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="lineIds" value={lines.map((line) => line.purchaseOrderLineId).join(',')} />
      <div className="grid">
        <div>
          <label htmlFor="supplierInvoiceNumber">Supplier invoice number</label>
          <input
            id="supplierInvoiceNumber"
            name="supplierInvoiceNumber"
            defaultValue={value('supplierInvoiceNumber', '')}
          />
          {error('supplierInvoiceNumber')}
        </div>
        <div>
          <label htmlFor="billDate">Invoice date</label>
          <input id="billDate" name="billDate" type="date" defaultValue={value('billDate', today)} />
          {error('billDate')}
        </div>
      </div>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Item</th>
            <th>Received</th>
            <th>Billed</th>
            <th>Order price ({currency})</th>
            <th>Quantity billed</th>
            <th>Unit price ({currency})</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const id = line.purchaseOrderLineId;
            return (
              <tr key={id}>
                <td>
                  <strong>{line.sku}</strong>
                </td>
                <td>{line.description}</td>
                <td>{line.quantityReceived}</td>
                <td>{line.quantityBilled}</td>
                <td>{decimal(line.unitCost)}</td>
                <td>
                  <label className="sr-only" htmlFor={`quantity-${id}`}>
                    Quantity billed {line.sku}
                  </label>
                  <input
                    id={`quantity-${id}`}
                    name={`quantity-${id}`}
                    type="number"
                    min={0}
                    defaultValue={value(
                      `quantity-${id}`,
                      String(Math.max(0, line.quantityReceived - line.quantityBilled)),
                    )}
                  />
                  {error(`quantity-${id}`)}
                </td>
                <td>
                  <label className="sr-only" htmlFor={`price-${id}`}>
                    Unit price {line.sku}
                  </label>
                  <input
                    id={`price-${id}`}
                    name={`price-${id}`}
                    inputMode="decimal"
                    defaultValue={value(`price-${id}`, decimal(line.unitCost))}
                  />
                  {error(`price-${id}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="grid">
        <div>
          <label htmlFor="tax">Tax ({currency})</label>
          <input id="tax" name="tax" inputMode="decimal" defaultValue={value('tax', '0.00')} />
          {error('tax')}
        </div>
        <div>
          <label htmlFor="freight">Freight ({currency})</label>
          <input id="freight" name="freight" inputMode="decimal" defaultValue={value('freight', '0.00')} />
          {error('freight')}
        </div>
      </div>
      <div className="form-actions">
        <Submit>Enter bill</Submit>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
