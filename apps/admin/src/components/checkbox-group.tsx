import { Fragment } from 'react';

/** One checkbox: `group` puts it under a sub-heading, `depth` indents it (a tree level). */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
  group?: string;
  depth?: number;
  disabled?: boolean;
}

/**
 * A labelled set of checkboxes sending every checked `value` under `name`, grouped when the
 * choices carry a `group`; the API's error for the list (e.g. `scopes`) appears under it.
 */
export function CheckboxGroup({
  name,
  legend,
  choices,
  checked,
  error,
  idPrefix = 'field',
}: {
  name: string;
  legend: string;
  choices: readonly Choice[];
  checked: readonly string[];
  error?: string | undefined;
  idPrefix?: string;
}) {
  const id = `${idPrefix}-${name}`;
  const groups = new Map<string, Choice[]>();
  for (const choice of choices) groups.set(choice.group ?? '', [...(groups.get(choice.group ?? '') ?? []), choice]);
  const boxes = (list: readonly Choice[]) =>
    list.map((choice) => (
      <label
        key={choice.value}
        className="choice"
        style={choice.depth ? { paddingLeft: `${choice.depth * 1.25}rem` } : undefined}
      >
        <input
          type="checkbox"
          name={name}
          value={choice.value}
          defaultChecked={checked.includes(choice.value)}
          disabled={choice.disabled}
        />{' '}
        {/* a disabled box sends nothing: keep what the user may not change rather than drop it */}
        {choice.disabled && checked.includes(choice.value) ? (
          <input type="hidden" name={name} value={choice.value} />
        ) : null}
        {choice.label}
        {choice.hint ? <span className="muted"> — {choice.hint}</span> : null}
      </label>
    ));
  return (
    <fieldset
      className={groups.size > 1 ? 'choices grouped' : 'choices'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {choices.length === 0 ? <p className="muted">Nothing to choose from yet.</p> : null}
      {[...groups].map(([group, list]) =>
        group ? (
          <fieldset key={group} className="choice-group">
            <legend>{group}</legend>
            {boxes(list)}
          </fieldset>
        ) : (
          <Fragment key="">{boxes(list)}</Fragment>
        ),
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
