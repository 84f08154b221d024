'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { Field } from '@ucos/ui/field';
import { Submit } from '@ucos/ui/submit';
import { Fragment, type ReactNode } from 'react';
import { CustomFieldInput } from '../../../components/custom-field-input.tsx';
import { UnmatchedErrors } from '../../../components/unmatched-errors.tsx';
import { useFormAction, valueList } from '../../../components/use-form-action.ts';
import { saveProduct } from './actions.ts';
import { CategoryChoices } from './category-choices.tsx';
import type { CategoryNode } from './category-tree.ts';
import { type CustomFieldInputSpec, CustomFieldsSection, customFieldPath } from './custom-fields-section.tsx';
import type { ProductFormArrangement } from './product-form-layout.ts';

export interface ProductFormValues {
  id: string;
  version: number;
  title: string;
  handle: string;
  description: string;
  status: string;
  categoryIds: readonly string[];
}

const SHOWN = ['title', 'handle', 'description', 'categoryIds'];

/**
 * Edit a product's fields; API errors land next to their field (input.title → title). A new product
 * has its own form (`new/new-product-form.tsx`: options, variants, prices, stock and images).
 */
export function ProductForm({
  product,
  categories,
  canWrite,
  customFields = [],
  arrangement = null,
}: {
  product: ProductFormValues;
  categories: readonly CategoryNode[];
  canWrite: boolean;
  /** the tenant's custom fields with this product's values */
  customFields?: readonly CustomFieldInputSpec[];
  /** the fields as the tenant's product form layout places them (Settings → Extensions), or none */
  arrangement?: ProductFormArrangement | null;
}) {
  const [state, action] = useFormAction(saveProduct);
  const value = (name: 'title' | 'handle' | 'description' | 'status') =>
    state.values?.[name] ?? product[name].toString();
  const own: Record<string, () => ReactNode> = {
    '@title': () => <Field name="title" label="Title" required errors={state.errors} defaultValue={value('title')} />,
    '@handle': () => (
      <Field name="handle" label="Handle (URL)" required errors={state.errors} defaultValue={value('handle')} />
    ),
    '@description': () => (
      <div>
        <label htmlFor="field-description">Description</label>
        <textarea id="field-description" name="description" rows={4} defaultValue={value('description')} />
        {state.errors?.description ? <p className="field-error">{state.errors.description}</p> : null}
      </div>
    ),
    '@status': () => (
      <div>
        <label htmlFor="field-status">Status</label>
        <select id="field-status" name="status" key={value('status')} defaultValue={value('status') || 'DRAFT'}>
          <option value="DRAFT">Draft</option>
          <option value="ACTIVE">Active (published)</option>
          <option value="ARCHIVED">Archived</option>
        </select>
      </div>
    ),
    '@categories': () => (
      <CategoryChoices
        key={state.values?.categoryIds ?? 'initial'}
        categories={categories}
        checked={valueList(state, 'categoryIds') ?? product.categoryIds}
        error={state.errors?.categoryIds}
      />
    ),
  };
  const ownFirst = arrangement?.ownFirst ?? Object.keys(own);
  return (
    <form action={action} aria-label="Product" noValidate>
      <input type="hidden" name="id" value={product.id} />
      <input type="hidden" name="version" value={product.version} />
      <input type="hidden" name="previousStatus" value={product.status} />
      <fieldset disabled={!canWrite} style={{ border: 0, padding: 0 }}>
        {ownFirst.map((key) => (
          <Fragment key={key}>{own[key]?.()}</Fragment>
        ))}
        {arrangement?.sections ? (
          arrangement.sections.map((section) => (
            // titles may repeat; a key is in one section only, so its first item names it
            <fieldset key={section.items[0]?.key ?? section.title} data-testid="product-form-section">
              <legend>{section.title}</legend>
              {section.items.map((item) =>
                item.custom ? (
                  <CustomFieldInput key={item.key} field={item.custom} errors={state.errors} values={state.values} />
                ) : (
                  <Fragment key={item.key}>{own[item.key]?.()}</Fragment>
                ),
              )}
            </fieldset>
          ))
        ) : (
          <CustomFieldsSection
            fields={customFields}
            sections={arrangement?.customSections ?? null}
            errors={state.errors}
            values={state.values}
          />
        )}
      </fieldset>
      <UnmatchedErrors
        errors={state.errors}
        shown={[...SHOWN, ...customFields.map((field) => customFieldPath(field.key))]}
      />
      {canWrite ? (
        <div className="form-actions">
          <Submit>Save product</Submit>
          <FormFeedback state={state} />
        </div>
      ) : (
        <p className="muted" role="note">
          You can view this product but not change it (your role lacks catalog:write).
        </p>
      )}
    </form>
  );
}
