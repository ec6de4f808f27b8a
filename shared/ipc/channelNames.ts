// Plain lists (no zod) for the sandboxed preload, which must stay tiny. A test keeps them equal to the contract.
export const channelNames = [
  'referrals:list', 'referrals:counts', 'referrals:get', 'referrals:act', 'referrals:create', 'favorites:set',
  'directory:searchCustomers', 'catalog:listSolutions', 'drafts:get', 'drafts:save', 'drafts:discard', 'contacts:recent', 'sync:status', 'sync:now', 'app:info',
  'sync:conflicts', 'sync:resolveConflict', 'sync:setToken', 'sync:tokenState',
  'settings:get', 'settings:set',
] as const;
export const eventNameList = ['referrals:changed', 'sync:status', 'notification:clicked', 'notification:show', 'settings:changed'] as const;
