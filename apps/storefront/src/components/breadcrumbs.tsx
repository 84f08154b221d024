import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export interface Crumb {
  label: string;
  /** absent: the current page (not a link) */
  href?: string | undefined;
}

/** Where a page sits: Home › All products › Clothing › Hoodies; the last crumb is the page itself. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('Layout');
  return (
    <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
      <ol>
        {items.map((item, index) =>
          item.href ? (
            <li key={`${item.href}|${item.label}`}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ) : (
            <li key={`current|${item.label}`} aria-current={index === items.length - 1 ? 'page' : undefined}>
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

/** The chain from the top category down to `id` (empty when the id is unknown), from the flat list. */
export function categoryTrail<C extends { id: string; name: string; parent?: { id: string } | null }>(
  categories: C[],
  id: string,
): C[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const trail: C[] = [];
  for (
    let current = byId.get(id);
    current && trail.length < 20;
    current = current.parent ? byId.get(current.parent.id) : undefined
  ) {
    trail.unshift(current);
  }
  return trail;
}
