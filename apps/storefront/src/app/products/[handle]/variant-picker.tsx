'use client';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { moneyIn } from '../../../lib/money.ts';
import { addToCart } from '../../cart/actions.ts';
import { liveOffer } from './actions.ts';

type LiveAnswer = Awaited<ReturnType<typeof liveOffer>>;

/** Asks the server (a server action) for the offer whenever the variant or quantity changes. */
function useLiveOffer(id: string, currency: string, quantity: number, unreachable: string) {
  const key = `${id}|${currency}|${quantity}`;
  const [answer, setAnswer] = useState<{ key: string; result: LiveAnswer } | null>(null);
  const load = useCallback(() => {
    let current = true;
    const settle = (result: LiveAnswer) => {
      if (current) setAnswer({ key: `${id}|${currency}|${quantity}`, result });
    };
    liveOffer(id, currency, quantity).then(settle, () => settle({ ok: false, message: unreachable }));
    return () => {
      current = false;
    };
  }, [id, currency, quantity, unreachable]);
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
function LiveOffer({
  id,
  currency,
  quantity,
  taxIncluded,
}: {
  id: string;
  currency: string;
  quantity: number;
  taxIncluded: boolean;
}) {
  const t = useTranslations('Product');
  const money = moneyIn(useLocale());
  const { result, retry } = useLiveOffer(id, currency, quantity, t('unreachable'));
  if (!result) return <div className="skeleton" style={{ height: 64, marginTop: 8 }} aria-busy="true" />;
  if (!result.ok) {
    return (
      <p className="alert" role="alert">
        {t('offerFailed')}{' '}
        <button type="button" className="secondary" onClick={retry}>
          {t('retry')}
        </button>
      </p>
    );
  }
  const variant = result.offer;
  return (
    <div aria-live="polite">
      <p className="price" style={{ fontSize: '1.5rem', margin: '8px 0' }} data-testid="price">
        {money(variant?.price)}
        {quantity > 1 ? <span className="muted"> {t('eachFor', { quantity })}</span> : null}
      </p>
      {taxIncluded ? (
        <p className="muted tax-note" data-testid="price-tax-note">
          {t('inclVat')}
        </p>
      ) : null}
      <p className={variant?.inventory.inStock ? 'stock-in' : 'stock-out'} data-testid="availability">
        {variant?.inventory.inStock ? t('inStock', { available: variant.inventory.available }) : t('outOfStock')}
      </p>
    </div>
  );
}

export interface PickerVariant {
  id: string;
  title: string;
  sku: string;
}

export function VariantPicker({
  variants,
  currency,
  taxIncluded,
}: {
  variants: PickerVariant[];
  currency: string;
  taxIncluded: boolean;
}) {
  const t = useTranslations('Product');
  const [selected, setSelected] = useState(variants[0]?.id ?? '');
  const [quantity, setQuantity] = useState(1);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok?: boolean; message?: string }>({});
  const added = useRef<HTMLParagraphElement>(null);
  // on a phone the message sits below the fold: bring it into view once it appears
  useEffect(() => {
    if (result.message) added.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [result]);
  if (!variants.length) return <p>{t('unavailable')}</p>;
  return (
    <form
      aria-label={t('chooseVariant')}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => setResult(await addToCart(selected, quantity, window.location.pathname)));
      }}
    >
      <fieldset className="variants">
        <legend>{t('variant')}</legend>
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
      <label htmlFor="quantity">{t('quantity')}</label>
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
      <LiveOffer id={selected} currency={currency} quantity={quantity} taxIncluded={taxIncluded} />
      <button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t('adding') : t('addToCart')}
      </button>
      {result.message ? (
        <p ref={added} className={result.ok ? 'success added' : 'alert'} role={result.ok ? 'status' : 'alert'}>
          {result.message} {result.ok ? <Link href="/cart">{t('viewCart')}</Link> : null}
        </p>
      ) : null}
    </form>
  );
}
