/** The expression every RLS policy compares tenant_id against (see DESIGN.md §4 for the nullif). */
export const CURRENT_TENANT_SQL = "nullif(current_setting('app.tenant_id', true), '')::uuid";

/** The statement that opens a tenant's transaction. Empty string means "no tenant, no rows". */
export const SET_TENANT_SQL = "select set_config('app.tenant_id', $1, true)";
