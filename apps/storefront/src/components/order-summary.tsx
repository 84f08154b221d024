import { useTranslations } from 'next-intl';
import { Fragment } from 'react';

/**
 * What an order consists of, as the checkout confirmation and the account's order page show it:
 * its lines, its totals and an address. Amounts arrive formatted (the confirmation keeps them in a
 * cookie, the order page formats the API's money), so both pages render the same markup.
 */

export interface OrderSummaryLine {
  key: string;
  title: string;
  sku: string;
  quantity: number;
  unitPrice: string;
  total: string;
  /** units shipped so far (the order page; the confirmation has none yet) */
  shipped?: number;
  /** what the shop's price plugins changed on the line, with their reason and amount, formatted */
  notes?: string[] | undefined;
}

/** The lines as a table that scrolls sideways on a phone instead of squeezing its columns. */
export function OrderLines({ lines, moreLines = 0 }: { lines: OrderSummaryLine[]; moreLines?: number }) {
  const t = useTranslations('Totals');
  const withShipped = lines.some((line) => line.shipped !== undefined);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-label={t('itemsInOrder')} tabIndex={0}>
      <table className="cart">
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col">{t('sku')}</th>
            <th scope="col">{t('quantity')}</th>
            {withShipped ? <th scope="col">{t('shipped')}</th> : null}
            <th scope="col">{t('unitPrice')}</th>
            <th scope="col">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} data-testid="order-line">
              <td>
                {line.title}
                {(line.notes ?? []).map((note) => (
                  <span key={note} className="muted discount-note" data-testid="order-line-adjustment">
                    <br />
                    {note}
                  </span>
                ))}
              </td>
              <td>
                <code>{line.sku}</code>
              </td>
              <td>{line.quantity}</td>
              {withShipped ? <td>{line.shipped ?? 0}</td> : null}
              <td>{line.unitPrice}</td>
              <td>{line.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {moreLines > 0 ? <p className="muted">{t('moreLines', { count: moreLines })}</p> : null}
    </section>
  );
}

export function OrderTotals(props: {
  subtotal: string;
  /** what promotions took off, formatted; absent or null: none */
  discount?: string | null | undefined;
  shipping: string;
  shippingMethod?: string | null | undefined;
  tax: string;
  total: string;
  /** the shop's prices include tax: the total did not add it */
  taxIncluded?: boolean | undefined;
  /** the tax per rate, formatted ("VAT 19%", "€17.24") */
  taxLines?: { name: string; amount: string }[] | undefined;
  /** what the order states about its tax, such as the reverse-charge notice */
  taxNote?: string | null | undefined;
  /** false where the page already marks the method and total elsewhere (the confirmation's summary) */
  marked?: boolean;
  /** when a gift card paid part or all of the total: its masked code, what it paid, what was paid otherwise */
  giftCard?: { code: string; amount: string; remainder: string } | null | undefined;
}) {
  const t = useTranslations('Totals');
  const marked = props.marked ?? true;
  return (
    <dl className="totals" data-testid={marked ? 'order-totals' : undefined}>
      <dt>{t('subtotal')}</dt>
      <dd>{props.subtotal}</dd>
      {props.discount ? (
        <>
          <dt>{t('discount')}</dt>
          <dd data-testid={marked ? 'order-discount' : undefined}>−{props.discount}</dd>
        </>
      ) : null}
      <dt>
        {t('shipping')}
        {props.shippingMethod ? (
          <>
            {' '}
            (<span data-testid={marked ? 'order-shipping-method' : undefined}>{props.shippingMethod}</span>)
          </>
        ) : null}
      </dt>
      <dd>{props.shipping}</dd>
      <dt>{props.taxIncluded ? t('taxIncluded') : t('tax')}</dt>
      <dd>{props.tax}</dd>
      <dt>
        <strong>{t('total')}</strong>
      </dt>
      <dd>
        <strong data-testid={marked ? 'order-total' : undefined}>{props.total}</strong>
      </dd>
      {(props.taxLines ?? []).map((line) => (
        <Fragment key={line.name}>
          <dt className="muted">{props.taxIncluded ? t('inclTaxLine', { name: line.name }) : line.name}</dt>
          <dd className="muted">{line.amount}</dd>
        </Fragment>
      ))}
      {props.taxNote ? (
        <dd className="muted" data-testid={marked ? 'order-tax-note' : undefined}>
          {props.taxNote}
        </dd>
      ) : null}
      {/* after the tax lines and note: they explain the total, the card and the rest pay it */}
      {props.giftCard ? (
        <>
          <dt>
            {t('paidByGiftCard')} <span data-testid="order-gift-card-code">{props.giftCard.code}</span>
          </dt>
          <dd data-testid="order-gift-card-amount">{props.giftCard.amount}</dd>
          <dt>{t('paidOtherwise')}</dt>
          <dd data-testid="order-payment-amount">{props.giftCard.remainder}</dd>
        </>
      ) : null}
    </dl>
  );
}

export interface PostalAddressValue {
  name: string;
  line1: string;
  line2?: string | null | undefined;
  postalCode: string;
  city: string;
  country: string;
}

export function PostalAddress({ address, testId }: { address: PostalAddressValue; testId?: string }) {
  return (
    <address data-testid={testId}>
      {address.name}
      <br />
      {address.line1}
      {address.line2 ? (
        <>
          <br />
          {address.line2}
        </>
      ) : null}
      <br />
      {address.postalCode} {address.city}, {address.country}
    </address>
  );
}
