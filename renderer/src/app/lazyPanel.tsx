import Alert from '@mui/material/Alert';
import Backdrop from '@mui/material/Backdrop';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { Component, lazy, Suspense, useEffect, useState, type ComponentType, type ErrorInfo, type ReactNode } from 'react';

/**
 * Code the first paint does not need (the new-deal wizard, the deal panel and its dialogs, Settings, Insights,
 * the status bar's sync error and conflict dialogs) lives in chunks of its own, loaded when first opened. The pattern for a new one:
 *
 *   const Insights = lazyPanel(() => import('../features/insights/Insights').then((m) => m.Insights));
 *   …{open && <LazyBoundary fallback={<DialogLoading />}><Insights … /></LazyBoundary>}
 *
 * and add it to the preload list in App.tsx, so its chunk is fetched while the app is idle after the first
 * rows show, and opening it is instant.
 */
export type LazyPanel<P extends object> = ComponentType<P> & { preload: () => void };

export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): LazyPanel<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const fetchChunk = () => {
    loading ??= load().then(
      (c) => ({ default: c }),
      (err: unknown) => {
        // A failed load (a stale build after an update, a file that could not be read) may be tried again.
        loading = null;
        throw err;
      },
    );
    return loading;
  };
  const Lazy = lazy(fetchChunk) as unknown as ComponentType<P>;
  return Object.assign(Lazy, { preload: () => void fetchChunk().catch(() => undefined) });
}

/** After the first rows are on screen, when the browser is idle: fetch the chunks, so nothing waits on first open. */
export function usePreloadWhenIdle(ready: boolean, panels: readonly { preload: () => void }[]): void {
  useEffect(() => {
    if (!ready) return undefined;
    const preload = () => {
      for (const p of panels) p.preload();
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(preload, { timeout: 3000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(preload, 500);
    return () => clearTimeout(timer);
    // Once: the list of panels is fixed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
}

/** True from the first time `open` is true: a dialog with a closing animation stays mounted after that. */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}

/** Shown only if a chunk takes longer than a blink to arrive (never a flash of a half-drawn dialog). */
export function DialogLoading({ delayMs = 200 }: { delayMs?: number }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return (
    <Backdrop open={visible} sx={{ zIndex: (theme) => theme.zIndex.modal }} aria-busy="true" aria-label="Opening">
      <CircularProgress color="inherit" aria-hidden />
    </Backdrop>
  );
}

type BoundaryState = { error: Error | null };

/** Suspense for a lazy panel, and a sentence with a way out when its code cannot be loaded. */
export function LazyBoundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <LoadErrorBoundary>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadErrorBoundary>
  );
}

class LoadErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Shown to the person below; nothing to report elsewhere.
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Alert
        severity="error"
        sx={{ position: 'fixed', bottom: 56, left: '50%', transform: 'translateX(-50%)', zIndex: (theme) => theme.zIndex.snackbar }}
        action={
          <Button color="inherit" size="small" onClick={() => this.setState({ error: null })}>
            Try again
          </Button>
        }
      >
        This part of the app could not be loaded. Try again; if it keeps failing, restart the app.
      </Alert>
    );
  }
}
