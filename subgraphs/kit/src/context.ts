import type { AuthContext } from './auth-context.ts';
import type { RequestReads } from './db/request-reads.ts';
import type { LoaderRegistry } from './graphql/loaders.ts';
import type { Logger } from './logger.ts';

/** What every subgraph resolver receives; a subgraph adds its own fields (its database, stores). */
export interface KitContext {
  auth: AuthContext;
  requestId: string;
  log: Logger;
  loaders: LoaderRegistry;
  /**
   * This request's reads in one transaction of its tenant, when the subgraph gave the kit its
   * database; committed when execution is done. A domain opts in with `unitOfWork.readingThrough(reads)`.
   */
  reads?: RequestReads;
  /**
   * Set by a mutation that establishes a tenant for a caller who had none (sign-up, sign-in),
   * so the audit trail records it under that tenant.
   */
  auditTenantId?: string;
  /** What each root mutation field acted on, by response key, for the audit trail. */
  auditTargets: Map<string, { type: string; id: string }>;
}
