import { useSyncExternalStore } from 'react';

/** MUI renders every dialog in a portal appended to <body>; its paper carries role="dialog" and aria-modal. */
const isModalOpen = () => document.querySelector('body > * [role="dialog"][aria-modal="true"]') !== null;

function subscribe(onChange: () => void): () => void {
  // Portals come and go as children of <body>: watching that one level is enough and stays cheap while the
  // virtualized list re-renders thousands of nodes underneath.
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, { childList: true });
  return () => observer.disconnect();
}

/** True while a modal dialog (a wizard, a confirmation, Settings) is on screen. */
export function useModalDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, isModalOpen);
}
