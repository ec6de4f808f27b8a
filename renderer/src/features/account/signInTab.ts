/**
 * The web host's sign-in tab. The page must open the provider's page itself, but the address only arrives
 * from main a moment after the click, and a browser blocks a window opened outside a click. So the click opens
 * an empty tab at once (cut from this page: no opener), and the address is loaded into it when it arrives. If
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
  if (!tab) return false;
  tab.opener = null;
  return true;
}

/** Whether a tab for the sign-in page is open (the click prepared one, or it shows the page). */
export function hasSignInTab(): boolean {
  return tab !== null && !tab.closed;
}

/** Loads the sign-in page into the prepared tab (once per address). False when there is no tab to load it in. */
export function showSignInPage(url: string): boolean {
  if (loaded === url) return true;
  if (!tab || tab.closed) return false;
  tab.location.href = url;
  loaded = url;
  return true;
}

/** After the sign-in ended: the tab (showing "You are signed in", or nothing) is closed. */
export function closeSignInTab(): void {
  if (tab && !tab.closed) tab.close();
  tab = null;
  loaded = null;
}

/** For a link the seller clicks when no tab could be prepared: a new tab, with no way back to this page. */
export function openSignInPageFromClick(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}
