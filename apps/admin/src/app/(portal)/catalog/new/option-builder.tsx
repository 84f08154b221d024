'use client';

/** One option as the merchant types it: a name and its values as a comma list ("S, M, L"). */
export interface OptionRow {
  id: number;
  name: string;
  values: string;
}

const MAX_OPTIONS = 3;

/**
 * The option builder of the new-product form: up to three options (Size, Colour, Material), each
 * with its values. Sends `optionName` and `optionValues` per option, in order; the variant matrix
 * below is built from the same rows.
 */
export function OptionBuilder({
  options,
  onChange,
  errors,
}: {
  options: readonly OptionRow[];
  onChange: (options: OptionRow[]) => void;
  errors?: Record<string, string> | undefined;
}) {
  const update = (id: number, change: Partial<OptionRow>) =>
    onChange(options.map((option) => (option.id === id ? { ...option, ...change } : option)));
  const add = () =>
    onChange([...options, { id: Math.max(0, ...options.map((option) => option.id)) + 1, name: '', values: '' }]);
  return (
    <fieldset>
      <legend>Options</legend>
      {options.length === 0 ? (
        <p className="muted">No options: the product has one variant. Add options such as Size or Colour.</p>
      ) : null}
      {options.map((option, index) => {
        const n = index + 1;
        const nameError = errors?.[`options.${index}.name`];
        const valuesError = errors?.[`options.${index}.values`];
        return (
          <div className="row" key={option.id} style={{ alignItems: 'flex-end' }}>
            <div>
              <label htmlFor={`option-${option.id}-name`}>Option {n} name</label>
              <input
                id={`option-${option.id}-name`}
                name="optionName"
                value={option.name}
                placeholder="Size"
                aria-invalid={nameError ? true : undefined}
                onChange={(event) => update(option.id, { name: event.target.value })}
              />
              {nameError ? <p className="field-error">{nameError}</p> : null}
            </div>
            <div>
              <label htmlFor={`option-${option.id}-values`}>Option {n} values (comma-separated)</label>
              <input
                id={`option-${option.id}-values`}
                name="optionValues"
                value={option.values}
                placeholder="S, M, L"
                aria-invalid={valuesError ? true : undefined}
                onChange={(event) => update(option.id, { values: event.target.value })}
              />
              {valuesError ? <p className="field-error">{valuesError}</p> : null}
            </div>
            <div>
              <button
                type="button"
                className="secondary"
                onClick={() => onChange(options.filter((other) => other.id !== option.id))}
              >
                Remove option {n}
              </button>
            </div>
          </div>
        );
      })}
      {options.length < MAX_OPTIONS ? (
        <button type="button" className="secondary" onClick={add}>
          Add option
        </button>
      ) : null}
    </fieldset>
  );
}
