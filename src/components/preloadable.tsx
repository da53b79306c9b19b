/**
 * A lazily loaded page whose code can be fetched before React first renders it. React's
 * `lazy` suspends at least once even when the chunk is already in, which would paint the
 * loading fallback for a frame; once `preload` has finished, `Page` renders the component
 * straight away, so a first screen fetched alongside the settings never shows "Loading…".
 */
import { lazy, type ComponentType } from 'react';

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Page, preload };
}
