import type { KitContext } from '@ucos/kit';
import type { PluginsDeps } from './deps.ts';

export interface PluginsContext extends KitContext {
  deps: PluginsDeps;
}
