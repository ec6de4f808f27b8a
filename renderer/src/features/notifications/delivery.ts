export type Permission = NotificationPermission | 'unsupported';

/**
 * Where a notification from main goes in the browser (web host): a system notification when the page
 * may show them, else a message inside the app with an Open button. Pure.
 */
export function deliveryFor(permission: Permission): 'system' | 'inApp' {
  return permission === 'granted' ? 'system' : 'inApp';
}

/** The page's notification permission; 'unsupported' where there is no Notification API (jsdom, some webviews). */
export function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}
