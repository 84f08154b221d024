import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { graphql } from '../../generated/gql.ts';
import { publicFields } from '../../lib/custom-fields.ts';
import { gql } from '../../lib/gateway.ts';
import { moneyIn } from '../../lib/money.ts';
import { signOut } from './actions.ts';
import { ProfileFieldsForm } from './custom-fields-form.tsx';
import { MyOrders } from './orders/documents.ts';
import { orderStatus } from './statuses.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('title') };
}

const Me = graphql(`
  query AccountPage_Me {
    viewer {
      kind
      customer {
        id
        email
        name
      }
    }
  }
`);

/** The shop's public customer fields (a shopper is given no other) and the shopper's values. */
const ProfileFields = graphql(`
  query AccountPage_ProfileFields {
    customerCustomFieldDefinitions {
      key
      label
      type
      required
      validation {
        values
      }
    }
    me {
      id
      version
      customFields {
        key
        value
      }
    }
  }
`);

export default async function AccountPage() {
  const [{ viewer }, profile, { myOrders }, t, ts, format, locale] = await Promise.all([
    gql(Me, {}, { as: 'shopper', returnTo: '/account' }),
    gql(ProfileFields, {}, { as: 'shopper', returnTo: '/account' }),
    gql(MyOrders, { first: 20 }, { as: 'shopper', returnTo: '/account' }),
    getTranslations('Account'),
    getTranslations('Status'),
    getFormatter(),
    getLocale(),
  ]);
  const formatMoney = moneyIn(locale);
  const fields = profile.me ? publicFields(profile.customerCustomFieldDefinitions, profile.me.customFields, true) : [];
  return (
    <>
      <h1>{viewer.customer?.name ? t('helloName', { name: viewer.customer.name }) : t('hello')}</h1>
      <p>{t('signedInAs', { email: viewer.customer?.email ?? '' })}</p>
      {fields.length > 0 && profile.me ? (
        <section aria-labelledby="details">
          <h2 id="details">{t('details')}</h2>
          <ProfileFieldsForm fields={fields} version={profile.me.version} />
        </section>
      ) : null}
      <section aria-labelledby="orders">
        <h2 id="orders">{t('orders')}</h2>
        {myOrders.edges.length === 0 ? <p className="muted">{t('noOrders')}</p> : null}
        <ul>
          {myOrders.edges.map(({ node }) => (
            <li key={node.id}>
              <Link href={`/account/orders/${encodeURIComponent(node.id)}`}>
                {node.displayNumber} · {format.dateTime(new Date(node.createdAt), { dateStyle: 'long' })} —{' '}
                {formatMoney(node.total)}
              </Link>{' '}
              · <span data-testid="account-order-status">{orderStatus(ts, node.status)}</span>
              {node.shipments.some((shipment) => shipment.status === 'SHIPPED' || shipment.status === 'DELIVERED')
                ? ` · ${ts('shipment.SHIPPED')}`
                : ''}
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/account/subscriptions">{t('subscriptions')}</Link>
      </p>
      <form action={signOut}>
        <button type="submit" className="secondary">
          {t('signOut')}
        </button>
      </form>
    </>
  );
}
