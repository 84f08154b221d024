import { z } from 'zod';

/**
 * The contract between identity (which stores each app's published document versions) and the
 * gateway (which lets a key of the app run only its live documents): the route the gateway reads an
 * app's live documents from, the Redis channel a new version is announced on, and their shapes.
 */
export const APP_DOCUMENTS_ROUTE = '/internal/app-documents';
export const APP_DOCUMENTS_CHANNEL = 'ucos:app-documents';

/** `GET /internal/app-documents?app=<uuid>` with a service token of the app's tenant */
export const liveDocumentsSchema = z.object({
  appId: z.uuid(),
  builtIn: z.string().nullable(),
  archived: z.boolean(),
  versions: z.array(
    z.object({
      version: z.number().int().positive(),
      /** null: the current version; otherwise when its grace period ends */
      liveUntil: z.iso.datetime({ offset: true }).nullable(),
      /** sha256 hex of the document → the document */
      documents: z.record(z.string(), z.string()),
    }),
  ),
});
export type LiveDocumentsAnswer = z.infer<typeof liveDocumentsSchema>;

/** announced on APP_DOCUMENTS_CHANNEL when a version is published (the gateways drop their copy of the app) */
export const appDocumentsAnnouncementSchema = z.object({
  tenantId: z.uuid(),
  appId: z.uuid(),
  version: z.number().int().positive(),
});
