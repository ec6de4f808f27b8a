/**
 * What Partner Center's referrals contract cannot carry: the app keeps it on this computer and says so where
 * the seller changes it (docs/partner-center-api.md, "What the contract cannot carry").
 */
export const localOnly = {
  dealName: 'A new name is kept on this computer only: Partner Center keeps the original one.',
  favorite: 'Favorites are kept on this computer only; Partner Center does not get them.',
  registration: 'Registration details are kept on this computer only; they are not sent to Partner Center.',
};
