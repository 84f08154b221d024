import { domainErrors, type PayloadError, type Result } from '@ucos/kit';

export const PLUGINS_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_MANIFEST',
  'COMPILE_FAILED',
  'VERSION_EXISTS',
  'ALREADY_INSTALLED',
  'NOT_INSTALLED',
  'INVALID_CONFIG',
  'NO_PREVIOUS_VERSION',
  'SAME_VERSION',
  'INVALID_SCHEMA',
  'UNKNOWN_ACTION',
  'PLUGIN_DISABLED',
  'PLUGIN_FAILED',
  'NOT_ALLOWED',
  'IDEMPOTENCY_KEY_REUSED',
  'LAYOUT_EXISTS',
] as const;

export type PluginsErrorCode = (typeof PLUGINS_ERROR_CODES)[number];
export type PluginsError = PayloadError<PluginsErrorCode>;
export type PluginsResult<T> = Result<T, PluginsErrorCode>;

export const { error: pluginsError, fail: pluginsFail } = domainErrors(PLUGINS_ERROR_CODES);
