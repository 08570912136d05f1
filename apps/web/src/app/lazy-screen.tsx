import { type ComponentType, use } from 'react';

/**
 * A screen in its own chunk that `preload()` can fetch before it is shown. Once fetched it renders at once, where
 * React.lazy suspends on its first render anyway and React holds a Suspense boundary's content back up to 300 ms.
 */
export function lazyScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  let loading: Promise<ComponentType> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () => (loading ??= load().then((module) => (loaded = module[name])));
  function Screen() {
    const Component = loaded ?? use(preload());
    return <Component />;
  }
  return Object.assign(Screen, { preload });
}
