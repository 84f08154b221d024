import type { AuthContext } from '@ucos/kit/auth-context';
import type { ValidationContext, ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { graphqlError, isGraphQLError } from './graphql-error.ts';

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

const SUGGESTION = /\s*Did you mean .+\?/g;

/**
 * Introspection only for developers (DESIGN §4), and no "Did you mean …?" hints for the others,
 * which would hand out the schema one field at a time.
 */
export function useIntrospectionPolicy(allowEveryone: boolean): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      if (mayIntrospect((context as { auth?: AuthContext }).auth, allowEveryone)) return;
      addValidationRule(introspectionDisabled);
      return ({ valid, result, setResult }) => {
        if (valid) return;
        setResult(result.map(withoutSuggestions));
      };
    },
  };
}

function withoutSuggestions(error: Error): Error {
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message || !isGraphQLError(error)) return error;
  // a new error, not a mutated one: the validation cache may hold the original
  return graphqlError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}
