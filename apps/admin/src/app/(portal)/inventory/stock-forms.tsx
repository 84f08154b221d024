'use client';
import { ActionForm } from '../../../components/action-form.tsx';
import { adjustStock, transferStock } from './actions.ts';
import { VariantPicker } from './variant-picker.tsx';

type Option = { value: string; label: string };

/** Adjust and transfer, each choosing its variant among all of the shop's through the picker. */
export function StockForms({ warehouses, location }: { warehouses: Option[]; location: string | null }) {
  const from = location ?? warehouses[0]?.value ?? '';
  // a transfer goes somewhere else: the other side starts at the next location, never the same one
  const to = warehouses.find((warehouse) => warehouse.value !== from)?.value ?? '';
  return (
    <div className="grid">
      <section className="card">
        <h2>Adjust stock</h2>
        <ActionForm
          label="Adjust stock"
          action={adjustStock}
          submit="Adjust"
          idPrefix="adjust"
          lead={{
            names: ['variantId'],
            render: (state) => (
              <VariantPicker name="variantId" label="Variant" idPrefix="adjust" error={state.errors?.variantId} />
            ),
          }}
          fields={[
            { name: 'warehouseId', label: 'Location', options: warehouses, defaultValue: from },
            { name: 'delta', label: 'Change (+/−)', type: 'number', required: true },
            { name: 'note', label: 'Note' },
          ]}
        />
      </section>
      <section className="card">
        <h2>Transfer stock</h2>
        <ActionForm
          label="Transfer stock"
          action={transferStock}
          submit="Transfer"
          idPrefix="transfer"
          lead={{
            names: ['variantId'],
            render: (state) => (
              <VariantPicker name="variantId" label="Variant" idPrefix="transfer" error={state.errors?.variantId} />
            ),
          }}
          fields={[
            { name: 'fromWarehouseId', label: 'From', options: warehouses, defaultValue: from },
            { name: 'toWarehouseId', label: 'To', options: warehouses, defaultValue: to },
            { name: 'quantity', label: 'Quantity', type: 'number', required: true },
          ]}
        />
      </section>
    </div>
  );
}
