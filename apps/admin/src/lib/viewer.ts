import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { graphql } from '../generated/gql.ts';
import { gql } from './gateway.ts';
import { accessToken } from './session.ts';

const ViewerQuery = graphql(`
  query PortalLayout_Viewer {
    viewer {
      kind
      scopes
      roles
      tenant {
        id
        slug
        name
        timeZone
      }
      user {
        id
        email
        name
        emailVerified
      }
      tenants {
        slug
        name
      }
    }
  }
`);

/** The signed-in staff user, once per request; no session → sign-in, coming back to `returnTo`. */
export const requireViewer = cache(async (returnTo: string) => {
  if (!(await accessToken())) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  const { viewer } = await gql(ViewerQuery, {}, returnTo);
  if (viewer.kind !== 'USER' || !viewer.tenant) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return { ...viewer, tenant: viewer.tenant };
});
