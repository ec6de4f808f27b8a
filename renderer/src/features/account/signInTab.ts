/**
 * The web host's sign-in tab. The page must open the provider's page itself, but the address only arrives
 * from main a moment after the click, and a browser blocks a window opened outside a click. So the click opens
 * an empty tab at once, and the address is loaded into it (cut from this page first) when it arrives. If
 * the browser blocked even that, the seller gets a link to click instead. One tab per sign-in, shared by every
 * component that can start one.
 */
let tab: Window | null = null;
let loaded: string | null = null;

/** In the click handler: an empty tab for the sign-in page. False when the browser refused to open one. */
export function prepareSignInTab(): boolean {
  if (tab && !tab.closed) return true;
  tab = window.open('about:blank', '_blank');
  loaded = null;
  return tab !== null;
}

/** Whether a tab for the sign-in page is open (the click prepared one, or it shows the page). */
export function hasSignInTab(): boolean {
  return tab !== null && !tab.closed;
}

/** Loads the sign-in page into the prepared tab (once per address). False when there is no tab to load it in. */
export function showSignInPage(url: string): boolean {
  if (loaded === url) return true;
  if (!tab || tab.closed) return false;
  // Cut from this page before the provider's page loads: it gets no handle on the app (no tab-nabbing).
  tab.opener = null;
  tab.location.href = url;
  loaded = url;
  return true;
}

/**
 * After the sign-in ended. The tab stays: it shows "You are signed in, you can close this tab" (cut from this
 * page, it cannot be closed from here), and the next sign-in prepares a new one.
 */
export function forgetSignInTab(): void {
  // Still blank (the sign-in was refused before a page was named): nothing to show in it.
  if (tab && !tab.closed && loaded === null) tab.close();
  tab = null;
  loaded = null;
}

/** For a link the seller clicks when no tab could be prepared: a new tab, with no way back to this page. */
export function openSignInPageFromClick(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}
