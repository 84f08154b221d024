'use client';
import { formatMoney } from '@ucos/clients';
import { useQuery } from '@urql/next';
import Link from 'next/link';
import { Suspense, useState, useTransition } from 'react';
import { graphql } from '../../../generated/gql.ts';
import { addToCart } from '../../cart/actions.ts';

const Live = graphql(`
  query VariantPicker_Live($id: ID!, $currency: String!, $quantity: Int!) {
    variant(id: $id) {
      id
      price(currency: $currency, quantity: $quantity) {
        amount
        currency
        fractionDigits
      }
      inventory {
        available
        inStock
      }
    }
  }
`);

/** Price for this quantity and live availability of the chosen variant, fetched in the browser. */
function LiveOffer({ id, currency, quantity }: { id: string; currency: string; quantity: number }) {
  const [{ data, error }, refetch] = useQuery({
    query: Live,
    variables: { id, currency, quantity },
    requestPolicy: 'cache-and-network',
  });
  if (error) {
    return (
      <p className="alert" role="alert">
        Price and stock could not be loaded.{' '}
        <button type="button" className="secondary" onClick={() => refetch({ requestPolicy: 'network-only' })}>
          Retry
        </button>
      </p>
    );
  }
  const variant = data?.variant;
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
      <Suspense fallback={<div className="skeleton" style={{ height: 64, marginTop: 8 }} aria-busy="true" />}>
        <LiveOffer id={selected} currency={currency} quantity={quantity} />
      </Suspense>
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
