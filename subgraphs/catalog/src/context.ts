import type { KitContext } from '@ucos/kit';
import type { PluginHookRunner } from '@ucos/kit/plugin-hooks';
import type { CatalogDatabase } from './db.ts';

export interface CatalogContext extends KitContext {
  /** the database bound to the caller's tenant (RLS) */
  db: CatalogDatabase;
  /**
   * Staff and services (catalog:read) see drafts, archived products and every price list; storefront
   * keys (catalog:browse only) see ACTIVE products and public prices.
   */
  seesEverything: boolean;
  /** the tenant's plugins at product save and import */
  plugins: PluginHookRunner;
}
