'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
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
      done
      errors {
        code
        field
        message
      }
    }
  }
`);

const Verify = graphql(`
  mutation CustomerVerify_Complete($input: CustomerRegisterCompleteInput!) {
    customerRegisterComplete(input: $input) {
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

const ResetRequest = graphql(`
  mutation CustomerForgotPassword_Request($input: CustomerPasswordResetRequestInput!) {
    customerPasswordResetRequest(input: $input) {
      done
      errors {
        code
        field
        message
      }
    }
  }
`);

const ResetComplete = graphql(`
  mutation CustomerResetPassword_Complete($input: CustomerPasswordResetCompleteInput!) {
    customerPasswordResetComplete(input: $input) {
      done
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

/** The answer is the same for every address: the mailed link finishes the registration. */
export async function signUp(_: FormState, form: FormData): Promise<FormState> {
  const values = { email: text(form, 'email'), name: text(form, 'name') };
  try {
    const { customerRegister } = await gql(
      SignUp,
      { input: { email: values.email, name: optional(form, 'name'), password: text(form, 'password') } },
      { mutation: true },
    );
    if (!customerRegister.done) return { errors: fieldErrors(customerRegister.errors), values };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message, values };
    throw error;
  }
  return {
    ok: true,
    message: (await getTranslations('Account'))('checkMail', { email: values.email }),
  };
}

/** The registration link with the password chosen when registering: the account is created and signed in. */
export async function verify(_: FormState, form: FormData): Promise<FormState> {
  let session: ShopperTokens | null | undefined;
  try {
    const { customerRegisterComplete } = await gql(
      Verify,
      { input: { token: text(form, 'token'), password: text(form, 'password') } },
      { mutation: true },
    );
    if (!customerRegisterComplete.session) return { errors: fieldErrors(customerRegisterComplete.errors) };
    session = customerRegisterComplete.session;
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  await storeShopperSession(session);
  await adoptGuestCart(session.accessToken);
  redirect('/account');
}

/** The answer is the same whether or not the address has an account here. */
export async function forgotPassword(_: FormState, form: FormData): Promise<FormState> {
  const values = { email: text(form, 'email') };
  try {
    const { customerPasswordResetRequest } = await gql(ResetRequest, { input: values }, { mutation: true });
    if (!customerPasswordResetRequest.done) return { errors: fieldErrors(customerPasswordResetRequest.errors), values };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message, values };
    throw error;
  }
  return { ok: true, message: (await getTranslations('Account'))('resetMailed') };
}

export async function resetPassword(_: FormState, form: FormData): Promise<FormState> {
  try {
    const { customerPasswordResetComplete } = await gql(
      ResetComplete,
      { input: { token: text(form, 'token'), newPassword: text(form, 'newPassword') } },
      { mutation: true },
    );
    if (!customerPasswordResetComplete.done) return { errors: fieldErrors(customerPasswordResetComplete.errors) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  return { ok: true, message: (await getTranslations('Account'))('passwordChanged') };
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
