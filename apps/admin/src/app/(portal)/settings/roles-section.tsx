import { Fragment } from 'react';
import { ActionForm } from '../../../components/action-form.tsx';
import { scopeChoices } from '../../../lib/scopes.ts';
import { createRole, deleteRole, updateRole } from './role-actions.ts';

interface Role {
  id: string;
  name: string;
  description?: string | null;
  scopes: string[];
  builtin: boolean;
  version: number;
}

/**
 * The tenant's roles; with identity:roles, a new role and, per custom role, its description and
 * scopes to change or the role to delete. Built-in roles are fixed (the API refuses ROLE_BUILTIN),
 * so they get no controls.
 */
export function RolesSection({
  roles,
  permissionScopes,
  viewerScopes,
  manage,
}: {
  roles: readonly Role[];
  permissionScopes: readonly { name: string; description: string }[];
  viewerScopes: readonly string[];
  manage: boolean;
}) {
  const custom = roles.filter((role) => !role.builtin);
  return (
    <section className="card" aria-labelledby="roles">
      <h2 id="roles">Roles</h2>
      <table>
        <thead>
          <tr>
            <th>Role</th>
            <th>Scopes</th>
            {manage ? <th>Change</th> : null}
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <Fragment key={role.id}>
              <tr data-testid={`role-${role.name}`}>
                <td>
                  {role.name} {role.builtin ? <span className="pill">built-in</span> : null}
                  {role.description ? <div className="muted">{role.description}</div> : null}
                </td>
                <td>{role.scopes.join(', ') || '—'}</td>
                {manage ? (
                  <td>{role.builtin ? <span className="muted">Built-in roles cannot be changed.</span> : null}</td>
                ) : null}
              </tr>
              {manage && !role.builtin ? (
                // the form spans the table: scope checkboxes need the width
                <tr>
                  <td colSpan={3}>
                    <details>
                      <summary>Edit {role.name}</summary>
                      <ActionForm
                        label={`Edit role ${role.name}`}
                        action={updateRole}
                        submit="Save role"
                        idPrefix={`role-${role.name}`}
                        hidden={{ id: role.id, version: role.version }}
                        fields={[
                          { name: 'name', label: 'Name', defaultValue: role.name, required: true },
                          { name: 'description', label: 'Description', defaultValue: role.description ?? '' },
                          {
                            name: 'scopes',
                            label: 'Scopes (members get changes when their session next renews)',
                            choices: scopeChoices(permissionScopes, viewerScopes, role.scopes),
                            defaultValues: role.scopes,
                          },
                        ]}
                      />
                    </details>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
      {manage ? (
        <>
          <h2>New role</h2>
          <ActionForm
            label="New role"
            action={createRole}
            submit="Create role"
            idPrefix="new-role"
            fields={[
              { name: 'name', label: 'Name (lower-case, e.g. packer)', required: true },
              { name: 'description', label: 'Description' },
              {
                name: 'scopes',
                label: 'Scopes (only those you hold)',
                choices: scopeChoices(permissionScopes, viewerScopes),
              },
            ]}
          />
          <h2>Delete a role</h2>
          {/* one form below the table rather than a button per row, always there: its message outlives the deleted role */}
          <ActionForm
            label="Delete a role"
            action={deleteRole}
            submit="Delete role"
            idPrefix="delete-role"
            danger={{
              title: 'Delete the role “{selected}”?',
              selectName: 'id',
              consequences: (
                <p>
                  Every member holding it loses its permissions at once (their other roles stay). This cannot be undone.
                </p>
              ),
              confirmLabel: 'Yes, delete role',
              keepLabel: 'Keep role',
            }}
            fields={[
              {
                name: 'id',
                label: 'Role (members holding it lose its scopes)',
                options: custom.length
                  ? custom.map((role) => ({ value: role.id, label: role.name }))
                  : [{ value: '', label: '— no custom roles: built-in ones cannot be deleted —' }],
              },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
