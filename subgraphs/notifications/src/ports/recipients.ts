/**
 * Who receives staff notifications: the tenant's members whose roles grant a scope (low stock to
 * `inventory:adjust`, a disabled webhook to `workflows:manage`, an approval to the task's scope).
 * The platform's implementation asks identity (ports/identity-recipients.ts); tests pass a fake.
 */
export interface RecipientDirectory {
  emailsWithScope(tenantId: string, scope: string): Promise<string[]>;
}
