'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { Submit } from '@ucos/ui/submit';
import { useMemo, useState } from 'react';
import { UnmatchedErrors } from '../../../../components/unmatched-errors.tsx';
import { useFormAction, valueList } from '../../../../components/use-form-action.ts';
import { CategoryChoices } from '../category-choices.tsx';
import type { CategoryNode } from '../category-tree.ts';
import { type CustomFieldInputSpec, CustomFieldsSection, customFieldPath } from '../custom-fields-section.tsx';
import { ImageListField } from '../product-images.tsx';
import { createProduct } from './actions.ts';
import { defaultPriceList, handleOf, type PriceListChoice, valuesOf, variantMatrix } from './matrix.ts';
import { OptionBuilder, type OptionRow } from './option-builder.tsx';
import { VariantMatrix } from './variant-matrix.tsx';

export interface WarehouseChoice {
  id: string;
  code: string;
  name: string;
}

const SHOWN_FIELDS = ['title', 'handle', 'description', 'categoryIds', 'priceListId', 'warehouseId'];

/**
 * A new product the way merchants expect: the handle follows the title until edited, options build
 * the variant matrix (SKU, price, initial stock per variant), images upload at once; one save creates
 * it all (the product, its variants and prices in one API call, then the stock).
 */
export function NewProductForm({
  categories,
  priceLists,
  warehouses,
  canWrite,
  customFields = [],
}: {
  categories: readonly CategoryNode[];
  priceLists: readonly PriceListChoice[];
  /** null: the viewer may not adjust stock, so there is no stock column */
  warehouses: readonly WarehouseChoice[] | null;
  canWrite: boolean;
  /** the tenant's custom fields with their defaults */
  customFields?: readonly CustomFieldInputSpec[];
}) {
  const [state, action] = useFormAction(createProduct);
  const [title, setTitle] = useState('');
  const [handle, setHandle] = useState('');
  const [handleEdited, setHandleEdited] = useState(false);
  const [options, setOptions] = useState<OptionRow[]>([]);
  const [priceListId, setPriceListId] = useState(() => defaultPriceList(priceLists)?.id ?? '');
  const rows = useMemo(
    () => variantMatrix(options.map((option) => ({ name: option.name, values: valuesOf(option.values) }))),
    [options],
  );
  const currency = priceLists.find((list) => list.id === priceListId)?.currency ?? null;
  const errors = state.errors;
  const shown = [
    ...SHOWN_FIELDS,
    ...options.flatMap((_, index) => [`options.${index}.name`, `options.${index}.values`]),
    ...rows.flatMap((_, index) => [
      `variants.${index}.sku`,
      `variants.${index}.price.decimalAmount`,
      `variants.${index}.price.amount`,
      `stock.${index}`,
    ]),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((index) => `media.${index}.url`),
    ...customFields.map((field) => customFieldPath(field.key)),
  ];
  const error = (name: string) =>
    errors?.[name] ? (
      <p className="field-error" id={`field-${name}-error`} role="alert">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form action={action} aria-label="Product" noValidate>
      <fieldset disabled={!canWrite} style={{ border: 0, padding: 0 }}>
        <div>
          <label htmlFor="field-title">Title</label>
          <input
            id="field-title"
            name="title"
            required
            value={title}
            aria-invalid={errors?.title ? true : undefined}
            aria-describedby={errors?.title ? 'field-title-error' : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              if (!handleEdited) setHandle(handleOf(event.target.value));
            }}
          />
          {error('title')}
        </div>
        <div>
          <label htmlFor="field-handle">Handle (URL)</label>
          <input
            id="field-handle"
            name="handle"
            required
            value={handle}
            aria-invalid={errors?.handle ? true : undefined}
            aria-describedby={errors?.handle ? 'field-handle-error' : 'field-handle-hint'}
            onChange={(event) => {
              setHandle(event.target.value);
              setHandleEdited(event.target.value !== '');
            }}
          />
          <p className="muted" id="field-handle-hint">
            Made from the title until you change it: /products/{handle || '…'}
          </p>
          {error('handle')}
        </div>
        <div>
          <label htmlFor="field-description">Description</label>
          <textarea
            id="field-description"
            name="description"
            rows={4}
            key={state.values?.description ?? ''}
            defaultValue={state.values?.description ?? ''}
          />
          {error('description')}
        </div>
        <div>
          <label htmlFor="field-status">Status</label>
          <select
            id="field-status"
            name="status"
            key={state.values?.status ?? 'DRAFT'}
            defaultValue={state.values?.status ?? 'DRAFT'}
          >
            <option value="DRAFT">Draft</option>
            <option value="ACTIVE">Active (published)</option>
          </select>
        </div>
        <CategoryChoices
          key={state.values?.categoryIds ?? 'initial'}
          categories={categories}
          checked={valueList(state, 'categoryIds') ?? []}
          error={errors?.categoryIds}
        />
        <CustomFieldsSection fields={customFields} errors={errors} values={state.values} />
        <ImageListField images={[]} canWrite={canWrite} errors={errors} />
        <OptionBuilder options={options} onChange={setOptions} errors={errors} />
        <div className="row">
          <div>
            <label htmlFor="field-priceListId">Price list</label>
            <select
              id="field-priceListId"
              name="priceListId"
              value={priceListId}
              onChange={(event) => setPriceListId(event.target.value)}
            >
              {priceLists.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name}
                  {list.customerGroup ? ` (${list.customerGroup})` : ''}
                </option>
              ))}
            </select>
            <input type="hidden" name="currency" value={currency ?? ''} />
            {error('priceListId')}
          </div>
          {warehouses ? (
            <div>
              <label htmlFor="field-warehouseId">Initial stock in</label>
              <select id="field-warehouseId" name="warehouseId" defaultValue={warehouses[0]?.id}>
                {warehouses.map((warehouse) => (
                  <option key={warehouse.id} value={warehouse.id}>
                    {warehouse.code} — {warehouse.name}
                  </option>
                ))}
              </select>
              {error('warehouseId')}
            </div>
          ) : null}
        </div>
        <VariantMatrix
          rows={rows}
          handle={handle}
          currency={currency}
          showStock={warehouses !== null && warehouses.length > 0}
          errors={errors}
        />
      </fieldset>
      <UnmatchedErrors errors={errors} shown={shown} />
      {canWrite ? (
        <div className="form-actions">
          <Submit>Save product</Submit>
          <FormFeedback state={state} />
        </div>
      ) : (
        <p className="muted" role="note">
          You can view this form but not save it (your role lacks catalog:write).
        </p>
      )}
    </form>
  );
}
