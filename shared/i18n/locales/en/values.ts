/** How a value reads beside its own: the US-dollar equivalent the list sorts by. */
export const values = {
  /** "≈ $1,706,521.18 at the rates of Nov 30, 2026": what the list sorts by, and how old the rates are. */
  equivalent: '≈ {{amount}} at the rates of {{date}}',
};
