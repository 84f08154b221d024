'use client';
import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { useCallback, useEffect, useState, useTransition } from 'react';
import { addToCart } from '../../cart/actions.ts';
import { liveOffer } from './actions.ts';

type LiveAnswer = Awaited<ReturnType<typeof liveOffer>>;

/** Asks the server (a server action) for the offer whenever the variant or quantity changes. */
function useLiveOffer(id: string, currency: string, quantity: number) {
  const key = `${id}|${currency}|${quantity}`;
  const [answer, setAnswer] = useState<{ key: string; result: LiveAnswer } | null>(null);
  const load = useCallback(() => {
    let current = true;
    const settle = (result: LiveAnswer) => {
      if (current) setAnswer({ key: `${id}|${currency}|${quantity}`, result });
    };
    liveOffer(id, currency, quantity).then(settle, () =>
      settle({ ok: false, message: 'The store could not be reached.' }),
    );
    return () => {
      current = false;
    };
  }, [id, currency, quantity]);
  useEffect(load, [load]);
  return {
    result: answer?.key === key ? answer.result : null,
    retry: () => {
      setAnswer(null);
      load();
    },
  };
}

/** Price for this quantity and live availability of the chosen variant. */
function LiveOffer({ id, currency, quantity }: { id: string; currency: string; quantity: number }) {
  const { result, retry } = useLiveOffer(id, currency, quantity);
  if (!result) return <div className="skeleton" style={{ height: 64, marginTop: 8 }} aria-busy="true" />;
  if (!result.ok) {
    return (
      <p className="alert" role="alert">
        Price and stock could not be loaded.{' '}
        <button type="button" className="secondary" onClick={retry}>
          Retry
        </button>
      </p>
    );
  }
  const variant = result.offer;
  return (
    <div aria-live="polite">
      <p className="price" style={{ fontSize: '1.5rem', margin: '8px 0' }} data-testid="price">
        {formatMoney(variant?.price)}
        {quantity > 1 ? <span className="muted"> each for {quantity}</span> : null}
      </p>
      <p className={variant?.inventory.inStock ? 'stock-in' : 'stock-out'} data-testid="availability">
        {variant?.inventory.inStock ? `In stock (${variant.inventory.available} available)` : 'Out of stock'}
      </p>
    </div>
  );
}

export interface PickerVariant {
  id: string;
  title: string;
  sku: string;
}

export function VariantPicker({ variants, currency }: { variants: PickerVariant[]; currency: string }) {
  const [selected, setSelected] = useState(variants[0]?.id ?? '');
  const [quantity, setQuantity] = useState(1);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok?: boolean; message?: string }>({});
  if (!variants.length) return <p>This product is not available.</p>;
  return (
    <form
      aria-label="Choose a variant"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => setResult(await addToCart(selected, quantity, window.location.pathname)));
      }}
    >
      <fieldset className="variants">
        <legend>Variant</legend>
        {variants.map((variant) => (
          <label key={variant.id}>
            <input
              type="radio"
              name="variantId"
              value={variant.id}
              checked={selected === variant.id}
              onChange={() => setSelected(variant.id)}
            />
            <span>{variant.title}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="quantity">Quantity</label>
      <input
        id="quantity"
        name="quantity"
        type="number"
        min={1}
        max={999}
        value={quantity}
        onChange={(event) => setQuantity(Math.max(1, Number(event.target.value) || 1))}
        style={{ maxWidth: 100 }}
      />
      <LiveOffer id={selected} currency={currency} quantity={quantity} />
      <button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? 'Adding…' : 'Add to cart'}
      </button>
      {result.message ? (
        <p className={result.ok ? 'success' : 'alert'} role={result.ok ? 'status' : 'alert'}>
          {result.message} {result.ok ? <Link href="/cart">View cart</Link> : null}
        </p>
      ) : null}
    </form>
  );
}
