/** The keyboard shortcuts dialog (opened with ?). */
export const shortcuts = {
  intro: 'Single letters work when you are not typing in a field. F, A and D act on the deal that is open or has focus in the list.',
  or: 'or',
  showInbound: 'Show Inbound',
  showOutbound: 'Show Outbound',
  showFavorites: 'Show Favorites',
  search: 'Search deals',
  move: 'Move between deals in the list',
  open: 'Open the deal',
  favorite: 'Add or remove the deal from favorites',
  accept: 'Accept a Received referral',
  decline: 'Decline a Received referral',
  newDeal: 'New deal',
  help: 'Show keyboard shortcuts',
  settings: 'Open Settings',
  close: 'Close a dialog or the open deal; from the search box, back to the list',
};
