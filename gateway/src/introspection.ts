import type { AuthContext } from '@ucos/kit/auth-context';
import { withoutSuggestions } from '@ucos/kit/graphql/suggestions';
import type { ValidationContext, ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { graphqlError } from './graphql-error.ts';

/** Signed-in users and partner keys are developers; storefront keys and anonymous callers are not. */
export function mayIntrospect(auth: AuthContext | undefined, allowEveryone: boolean): boolean {
  if (allowEveryone) return true;
  return auth?.kind === 'user' || auth?.kind === 'api_key' || auth?.kind === 'service';
}

// a named function: Yoga's validation cache keys on rule names, so callers with and without it never share results
const introspectionDisabled: ValidationRule = function introspectionDisabled(context: ValidationContext) {
  return {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      context.reportError(
        graphqlError('Introspection is available to signed-in users and API keys only.', {
          nodes: node,
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    },
  };
};

/**
 * Introspection only for developers, and no "Did you mean …?" hints for the others, which would hand
 * out the schema one field at a time. In production (`hintsForDevelopers: false`) nobody gets hints.
 */
export function useIntrospectionPolicy(
  allowEveryone: boolean,
  options: { hintsForDevelopers: boolean } = { hintsForDevelopers: true },
): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const developer = mayIntrospect((context as { auth?: AuthContext }).auth, allowEveryone);
      if (!developer) addValidationRule(introspectionDisabled);
      if (developer && options.hintsForDevelopers) return;
      return ({ valid, result, setResult }) => {
        if (valid) return;
        setResult(result.map(withoutSuggestions));
      };
    },
  };
}
