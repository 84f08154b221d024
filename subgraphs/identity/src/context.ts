import type { KitContext } from '@ucos/kit';
import type { FeatureFlags } from '@ucos/kit/feature-flags';
import type { PluginHookRunner } from '@ucos/kit/plugin-hooks';
import type { DocumentChecker } from './data/app-documents.ts';
import type { SessionSettings } from './data/sessions.ts';
import type { IdentityDatabase } from './db.ts';

export interface IdentityContext extends KitContext {
  /** the database bound to the caller's tenant (RLS) */
  db: IdentityDatabase;
  /** the database with no tenant: only for sign-up/sign-in/refresh, which start tenant-less */
  root: IdentityDatabase;
  sessions: SessionSettings;
  /** checks a published manifest against the supergraph and the gateway's limits */
  documents: DocumentChecker;
  /** the one evaluator of the tenant's feature flags (`@ucos/kit/feature-flags`), cached per tenant */
  flags: FeatureFlags;
  /** tenants' plugins (`customer.register.validate`) */
  plugins: PluginHookRunner;
}
