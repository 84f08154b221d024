'use client';
import { type KeyboardEvent, useEffect, useId, useRef, useState, useTransition } from 'react';
import { findVariants, type VariantChoice } from './actions.ts';

/**
 * A combobox (WAI-ARIA 1.2 pattern) over every variant of the shop: typing asks the API (catalog's
 * variantSearch, by SKU or product title), arrows move through the answers, Enter or a click
 * chooses one. The chosen variant's id is sent as `name`; until one is chosen nothing is sent, so
 * the API's "required" answers instead of a guess.
 */
export function VariantPicker({
  name,
  label,
  idPrefix,
  error,
}: {
  name: string;
  label: string;
  idPrefix: string;
  error?: string | undefined;
}) {
  const id = `${idPrefix}-${name}`;
  const listId = useId();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<VariantChoice | null>(null);
  const [choices, setChoices] = useState<VariantChoice[]>([]);
  const [more, setMore] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [pending, startTransition] = useTransition();
  const asked = useRef(0);

  useEffect(() => {
    if (!open || (chosen && text === chosen.label)) return;
    const ask = ++asked.current;
    // a pause after typing, so every key is not a request
    const timer = setTimeout(() => {
      startTransition(async () => {
        const answer = await findVariants(text);
        if (ask !== asked.current) return; // an older answer arriving late
        setChoices(answer.choices);
        setMore(answer.more);
        setActive(answer.choices.length ? 0 : -1);
      });
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open, chosen]);

  const choose = (choice: VariantChoice) => {
    setChosen(choice);
    setText(choice.label);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(choices.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && open && choices[active]) {
      event.preventDefault();
      choose(choices[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const errorId = `${id}-error`;
  const statusText = pending
    ? 'Searching…'
    : open
      ? choices.length
        ? `${choices.length} variants${more ? `, ${more} more: type more of the SKU or name` : ''}`
        : 'No variant has that SKU or product name'
      : '';
  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Type a SKU or product name"
        aria-autocomplete="list"
        aria-expanded={open && choices.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setChosen(null);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <input type="hidden" name={name} value={chosen?.id ?? ''} />
      {open && choices.length ? (
        <div id={listId} role="listbox" aria-label={`${label} choices`} className="combobox-list" tabIndex={-1}>
          {choices.map((choice, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the input owns the keyboard (aria-activedescendant)
            <div
              key={choice.id}
              tabIndex={-1}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(choice)}
            >
              {choice.label}
            </div>
          ))}
        </div>
      ) : null}
      <span className="sr-only" role="status" aria-live="polite">
        {statusText}
      </span>
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
