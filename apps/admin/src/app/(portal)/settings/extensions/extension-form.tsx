'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { Submit } from '@ucos/ui/submit';
import { UnmatchedErrors } from '../../../../components/unmatched-errors.tsx';
import { useFormAction } from '../../../../components/use-form-action.ts';
import { saveExtension } from './actions.ts';
import { POINT_CHOICES } from './points.ts';

const PLACEHOLDER = `{
  "blocks": [
    { "type": "card", "title": "Details", "children": [
      { "type": "fields", "fields": [{ "label": "Status", "path": "product.status" }] },
      { "type": "button", "label": "Archive", "mutation": "productStatusSet", "args": { "status": "ARCHIVED" } }
    ] }
  ]
}`;

/** A new extension: the schema as JSON, every problem the API finds shown under it with its place. */
export function ExtensionForm() {
  const [state, action] = useFormAction(saveExtension);
  const error = (path: string) => state.errors?.[path];
  const field = (name: string, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={`extension-${name}`}>{label}</label>
      {control}
      {error(name) ? (
        <p className="field-error" id={`extension-${name}-error`} role="alert">
          {error(name)}
        </p>
      ) : null}
    </div>
  );
  const described = (name: string) => ({
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': error(name) ? `extension-${name}-error` : undefined,
  });
  return (
    <form action={action} aria-label="Add an extension" noValidate>
      {field(
        'point',
        'Where',
        <select
          id="extension-point"
          name="point"
          key={`point-${state.values?.point ?? ''}`}
          defaultValue={state.values?.point ?? 'PRODUCT_PANEL'}
        >
          {POINT_CHOICES.map((point) => (
            <option key={point.value} value={point.value}>
              {point.label}
            </option>
          ))}
        </select>,
      )}
      {field(
        'title',
        'Title',
        <input
          id="extension-title"
          name="title"
          maxLength={120}
          key={`title-${state.values?.title ?? ''}`}
          defaultValue={state.values?.title ?? ''}
          {...described('title')}
        />,
      )}
      {field(
        'schema',
        'Schema (JSON)',
        <textarea
          id="extension-schema"
          name="schema"
          rows={14}
          spellCheck={false}
          placeholder={PLACEHOLDER}
          key={`schema-${state.values?.schema ?? ''}`}
          defaultValue={state.values?.schema ?? ''}
          {...described('schema')}
        />,
      )}
      {field(
        'position',
        'Position (lower first)',
        <input
          id="extension-position"
          name="position"
          type="number"
          key={`position-${state.values?.position ?? ''}`}
          defaultValue={state.values?.position ?? '0'}
          {...described('position')}
        />,
      )}
      <UnmatchedErrors errors={state.errors} shown={['point', 'title', 'schema', 'position']} />
      <div className="form-actions">
        <Submit>Add extension</Submit>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
