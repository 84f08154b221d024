import { ActionForm } from '../../../components/action-form.tsx';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { clockIn } from '../../../lib/time.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { changePassword, revokeSession } from './actions.ts';

export const metadata = { title: 'Your account' };
const HERE = '/account';

const Sessions = graphql(`
  query Account_Sessions {
    sessions {
      id
      createdAt
      lastUsedAt
      expiresAt
      current
    }
  }
`);

export default async function AccountPage() {
  const viewer = await requireViewer(HERE);
  const when = clockIn(viewer.tenant.timeZone).dateTime;
  const { sessions } = await gql(Sessions, {}, HERE);
  return (
    <>
      <h1>Your account</h1>
      <p className="muted">{viewer.user?.email}</p>
      <section className="card" aria-labelledby="sessions">
        <h2 id="sessions">Your sessions in {viewer.tenant.name}</h2>
        <p className="muted">
          Every browser or device signed in as you. Signing one out stops it within seconds; it has to sign in again.
        </p>
        <table>
          <thead>
            <tr>
              <th>Signed in</th>
              <th>Last active</th>
              <th>Expires</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} aria-current={session.current ? 'true' : undefined}>
                <td>{when(session.createdAt)}</td>
                <td>{when(session.lastUsedAt)}</td>
                <td>{when(session.expiresAt)}</td>
                <td>
                  {session.current ? (
                    <span className="pill">this browser</span>
                  ) : (
                    <ActionForm
                      label={`Sign out the session from ${when(session.createdAt)}`}
                      action={revokeSession}
                      submit="Sign out"
                      idPrefix={`session-${session.id}`}
                      hidden={{ id: session.id }}
                      fields={[]}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="password">
        <h2 id="password">Change your password</h2>
        <p className="muted">Your other sessions, in every store you belong to, are signed out; this one stays.</p>
        <ActionForm
          label="Change your password"
          idPrefix="password"
          action={changePassword}
          submit="Change password"
          fields={[
            { name: 'currentPassword', label: 'Current password', type: 'password', required: true },
            { name: 'newPassword', label: 'New password', type: 'password', required: true },
            { name: 'confirmPassword', label: 'New password again', type: 'password', required: true },
          ]}
        />
      </section>
    </>
  );
}
