'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { redirect } from 'next/navigation';
import { graphql } from '../../generated/gql.ts';
import { cartId, rememberCart } from '../../lib/cart.ts';
import { GatewayError, gql } from '../../lib/gateway.ts';
import { clearCustomer, refreshToken, safeNext, storeShopperSession } from '../../lib/session.ts';
import type { ShopperTokens } from '../../lib/shopper-cookies.ts';
import { CartMerge } from '../cart/documents.ts';

const SignIn = graphql(`
  mutation CustomerSignIn_Create($input: CustomerSessionCreateInput!) {
    customerSessionCreate(input: $input) {
      session {
        accessToken
        accessTokenExpiresAt
        refreshToken
        refreshTokenExpiresAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const SignUp = graphql(`
  mutation CustomerSignUp_Register($input: CustomerRegisterInput!) {
    customerRegister(input: $input) {
      session {
        accessToken
        accessTokenExpiresAt
        refreshToken
        refreshTokenExpiresAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function signIn(_: FormState, form: FormData): Promise<FormState> {
  const values = { email: text(form, 'email') };
  let session: ShopperTokens | null | undefined;
  try {
    const { customerSessionCreate } = await gql(
      SignIn,
      { input: { email: values.email, password: text(form, 'password') } },
      { mutation: true },
    );
    if (!customerSessionCreate.session) return { errors: fieldErrors(customerSessionCreate.errors), values };
    session = customerSessionCreate.session;
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message, values };
    throw error;
  }
  await storeShopperSession(session);
  await adoptGuestCart(session.accessToken);
  redirect(safeNext(text(form, 'next')));
}

/** A guest cart's lines move into the shopper's cart at sign-in (best effort). */
async function adoptGuestCart(token: string) {
  const guest = await cartId();
  if (!guest) return;
  try {
    const { cartMerge } = await gql(CartMerge, { input: { anonymousCartId: guest } }, { mutation: true, token });
    if (cartMerge.cart) await rememberCart(cartMerge.cart.id);
  } catch {
    // the guest cart stays where it was
  }
}

export async function signUp(_: FormState, form: FormData): Promise<FormState> {
  const values = { email: text(form, 'email'), name: text(form, 'name') };
  let session: ShopperTokens | null | undefined;
  try {
    const { customerRegister } = await gql(
      SignUp,
      { input: { email: values.email, name: optional(form, 'name'), password: text(form, 'password') } },
      { mutation: true },
    );
    if (!customerRegister.session) return { errors: fieldErrors(customerRegister.errors), values };
    session = customerRegister.session;
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message, values };
    throw error;
  }
  await storeShopperSession(session);
  await adoptGuestCart(session.accessToken);
  redirect(safeNext(text(form, 'next')));
}

const SignOut = graphql(`
  mutation AccountSignOut_Revoke($input: CustomerSessionRefreshInput!) {
    customerSessionRevoke(input: $input) {
      revoked
    }
  }
`);

/** Ends the session here and at identity, so the refresh token cannot renew it elsewhere. */
export async function signOut() {
  const token = await refreshToken();
  if (token) {
    try {
      await gql(SignOut, { input: { refreshToken: token } }, { mutation: true });
    } catch {
      // signed out here regardless; the token still expires on its own
    }
  }
  await clearCustomer();
  redirect('/');
}
