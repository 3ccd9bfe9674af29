// One string per distinct definition component tree, so definitions can be deduplicated in one pass.
import type { DefinitionComponent } from './types';

/** Keys of component lists already seen: the index hands out the same arrays again and again. */
const keyCache = new WeakMap<DefinitionComponent[], string>();

/** The same key for component trees with the same texts and nesting. */
export function componentsKey(components: DefinitionComponent[]): string {
  let key = keyCache.get(components);
  if (key === undefined) {
    key = components.map((x) => `${x.text}(${x.components ? componentsKey(x.components) : ''})`).join('|');
    keyCache.set(components, key);
  }
  return key;
}
