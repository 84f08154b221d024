'use client';
import { useState } from 'react';
import { type MatrixRow, suggestSku } from './matrix.ts';

interface RowEdits {
  sku?: string;
  price?: string;
  stock?: string;
}

/**
 * The variants the options make, one table row each: SKU (suggested from the handle and the values
 * until the merchant edits it), price on the chosen list and initial stock. What was typed stays with
 * its combination while options change. Sends per row, in order: `variantSku`, `variantTitle`,
 * `variantOptions` (JSON), `variantPrice`, `variantStock`; API errors keyed `variants.<i>.…` show in
 * their row.
 */
export function VariantMatrix({
  rows,
  handle,
  currency,
  showStock,
  errors,
}: {
  rows: readonly MatrixRow[];
  handle: string;
  currency: string | null;
  showStock: boolean;
  errors?: Record<string, string> | undefined;
}) {
  const [edits, setEdits] = useState<Record<string, RowEdits>>({});
  const edit = (key: string, change: RowEdits) =>
    setEdits((current) => ({ ...current, [key]: { ...current[key], ...change } }));
  const cell = (index: number, field: string) => {
    const error = errors?.[`variants.${index}.${field}`];
    return error ? (
      <p className="field-error" id={`variant-${index}-${field}-error`} role="alert">
        {error}
      </p>
    ) : null;
  };
  const priceError = (index: number) =>
    errors?.[`variants.${index}.price.decimalAmount`] ?? errors?.[`variants.${index}.price.amount`];
  return (
    <fieldset>
      <legend>Variants ({rows.length})</legend>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">SKU</th>
              <th scope="col">Price{currency ? ` (${currency})` : ''}</th>
              {showStock ? <th scope="col">Initial stock</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const mine = edits[row.key] ?? {};
              const sku = mine.sku ?? suggestSku(handle, row.optionValues);
              return (
                <tr key={row.key}>
                  <th scope="row">
                    {row.title}
                    <input type="hidden" name="variantTitle" value={row.optionValues.length ? row.title : ''} />
                    <input type="hidden" name="variantOptions" value={JSON.stringify(row.optionValues)} />
                  </th>
                  <td>
                    <input
                      name="variantSku"
                      aria-label={`SKU of ${row.title}`}
                      style={{ minWidth: '18rem' }}
                      value={sku}
                      aria-invalid={errors?.[`variants.${index}.sku`] ? true : undefined}
                      onChange={(event) => edit(row.key, { sku: event.target.value })}
                    />
                    {cell(index, 'sku')}
                  </td>
                  <td>
                    <input
                      name="variantPrice"
                      aria-label={`Price of ${row.title}`}
                      inputMode="decimal"
                      placeholder="19.99"
                      style={{ maxWidth: '8rem' }}
                      value={mine.price ?? ''}
                      aria-invalid={priceError(index) ? true : undefined}
                      onChange={(event) => edit(row.key, { price: event.target.value })}
                    />
                    {priceError(index) ? (
                      <p className="field-error" role="alert">
                        {priceError(index)}
                      </p>
                    ) : null}
                  </td>
                  {showStock ? (
                    <td>
                      <input
                        name="variantStock"
                        aria-label={`Stock of ${row.title}`}
                        type="number"
                        min={0}
                        step={1}
                        style={{ maxWidth: '7rem' }}
                        value={mine.stock ?? ''}
                        onChange={(event) => edit(row.key, { stock: event.target.value })}
                      />
                      {errors?.[`stock.${index}`] ? (
                        <p className="field-error" role="alert">
                          {errors[`stock.${index}`]}
                        </p>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
