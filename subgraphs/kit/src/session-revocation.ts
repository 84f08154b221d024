import { z } from 'zod';

/**
 * The contract between identity (which records revocations) and the gateway (which refuses the
 * access tokens they concern): the feed route, the Redis channel, and the shape of one record.
 */
export const SESSION_REVOCATIONS_ROUTE = '/internal/session-revocations';
export const SESSION_REVOCATIONS_CHANNEL = 'ucos:session-revocations';

/** Why an access token is refused: its session ended, or its grants changed (refresh for the new ones). */
export const REVOCATION_REASONS = ['SESSION_REVOKED', 'TOKEN_OUTDATED'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

const expiresAt = z.iso.datetime({ offset: true });

/** Every access token with this `sid` is refused. */
export const sessionRevocationSchema = z.object({ sessionId: z.uuid(), expiresAt });
/** Every access token of (`tid`, `sub`) whose grants version `sv` is below `version` is refused. */
export const grantsRevocationSchema = z.object({
  tenantId: z.uuid(),
  subjectId: z.uuid(),
  version: z.number().int().positive(),
  reason: z.enum(REVOCATION_REASONS),
  expiresAt,
});
export const revocationSchema = z.union([sessionRevocationSchema, grantsRevocationSchema]);
export type Revocation = z.infer<typeof revocationSchema>;

export const revocationFeedSchema = z.object({ asOf: expiresAt, records: z.array(revocationSchema) });
export type RevocationFeed = z.infer<typeof revocationFeedSchema>;
