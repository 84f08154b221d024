'use client';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useFormStatus } from 'react-dom';

export interface ConfirmProps {
  /** the button that opens the confirmation ("Revoke", "Delete category") */
  children: string;
  /**
   * The question, naming what is about to go ("Revoke the key “Shop front”?"). `{selected}` is
   * replaced by the label of the option chosen in the form's `selectName` select when the dialog opens.
   */
  title: string;
  /** what breaks once it is done, in the user's words */
  consequences: ReactNode;
  /** the confirming button's words; default: the opening button's */
  confirmLabel?: string;
  /** the button that keeps things as they are */
  keepLabel?: string;
  /** a select of the form whose chosen option `{selected}` names */
  selectName?: string;
}

/**
 * A destructive submit in the danger style that asks first: a modal dialog names what goes and what
 * breaks; "keep" (focused first, so Enter does no harm) closes it and nothing is sent, the danger
 * button submits the enclosing form. Works inside any form posting to a server action.
 */
export function ConfirmSubmit({
  children,
  title,
  consequences,
  confirmLabel,
  keepLabel = 'Keep it',
  selectName,
}: ConfirmProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const [heading, setHeading] = useState(title);
  const { pending } = useFormStatus();
  const id = useId();
  const open = () => {
    const form = opener.current?.form;
    const select = selectName ? form?.elements.namedItem(selectName) : null;
    const selected = select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.text ?? '') : '';
    setHeading(title.replace('{selected}', selected));
    dialog.current?.showModal();
    // the safe choice first, whatever the browser's own dialog focusing does: Enter keeps things as they are
    keep.current?.focus();
  };
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="danger"
        disabled={pending}
        aria-busy={pending}
        aria-haspopup="dialog"
        onClick={open}
      >
        {pending ? 'Working…' : children}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`}>
        <h2 id={`${id}-title`}>{heading}</h2>
        <div id={`${id}-what`}>{consequences}</div>
        <p className="confirm-actions">
          <button ref={keep} type="button" className="secondary" onClick={close}>
            {keepLabel}
          </button>
          <button type="submit" className="danger" onClick={() => dialog.current?.close()}>
            {confirmLabel ?? children}
          </button>
        </p>
      </dialog>
    </>
  );
}
