'use client';
import type { FormState } from '@ucos/ui/form';
import { useActionState } from 'react';
import { chooseCurrency } from '../app/cart/currency-actions.ts';

/**
 * The switcher's buttons; when the cart cannot follow the chosen currency (a line has no price in
 * it), the answer saying which lines stays beside them (works without JavaScript too).
 */
export function CurrencySwitcherForm({
  label,
  chosen,
  currencies,
}: {
  label: string;
  chosen: string;
  currencies: { code: string; label: string }[];
}) {
  const [state, choose] = useActionState(chooseCurrency, {} as FormState);
  return (
    <>
      <form action={choose} className="languages" aria-label={label}>
        {currencies.map(({ code, label: name }) => (
          <button
            key={code}
            type="submit"
            name="currency"
            value={code}
            className="link"
            aria-pressed={code === chosen}
            aria-label={name}
          >
            {code}
          </button>
        ))}
      </form>
      {state.message ? (
        <p role="alert" className="error currency-notice" data-testid="currency-cart-kept">
          {state.message}
        </p>
      ) : null}
    </>
  );
}
