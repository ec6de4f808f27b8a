/**
 * Puts keyboard focus in the deal list, where the arrow keys work: on the given deal's row when it is on screen,
 * else the selected row, else the first row (else the grid itself). False when no list is shown.
 */
export function focusList(preferId?: string | null): boolean {
  const grid = document.querySelector<HTMLElement>('.deal-grid');
  if (!grid) return false;
  const rows = [...grid.querySelectorAll<HTMLElement>('[data-deal-id]')];
  const row =
    rows.find((r) => preferId && r.dataset.dealId === preferId) ?? rows.find((r) => r.getAttribute('aria-selected') === 'true') ?? rows[0];
  (row ?? grid).focus();
  return true;
}
