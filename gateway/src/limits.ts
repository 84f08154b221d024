import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from './config.ts';
import { graphqlError } from './graphql-error.ts';

/** Stable codes for over-limit documents; all answered with HTTP 400 before anything executes. */
export const LimitCode = {
  depth: 'DEPTH_LIMIT_EXCEEDED',
  aliases: 'ALIAS_LIMIT_EXCEEDED',
  tokens: 'TOKEN_LIMIT_EXCEEDED',
  cost: 'COST_LIMIT_EXCEEDED',
  directives: 'DIRECTIVE_LIMIT_EXCEEDED',
} as const;

/**
 * graphql-armor's rejections are bare "Syntax Error: …" errors without a code; these handlers give
 * each a code of its own. Validation rules report (so every problem is listed together); the token
 * counter runs inside the parser, where there is no validation context, so it throws.
 */
function rejectWith(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const rejection = graphqlError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code, http: { status: 400 } },
        });
        if (!context) throw rejection;
        context.reportError(rejection);
      },
    ],
  };
}

export function useLimits(limits: Limits): Plugin {
  return EnvelopArmorPlugin({
    // hints are hidden per caller by the introspection policy instead
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...rejectWith(LimitCode.depth) },
    maxAliases: { n: limits.maxAliases, ...rejectWith(LimitCode.aliases) },
    maxTokens: { n: limits.maxTokens, ...rejectWith(LimitCode.tokens) },
    maxDirectives: { n: limits.maxDirectives, ...rejectWith(LimitCode.directives) },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...rejectWith(LimitCode.cost) },
  }) as Plugin;
}
