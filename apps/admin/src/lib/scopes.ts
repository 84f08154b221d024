/** Whether the viewer holds a scope ('*' = all). The API enforces it anyway; screens only hide. */
export const can = (scopes: readonly string[], scope: string) => scopes.includes('*') || scopes.includes(scope);
