import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu from Electron's standard roles (their labels, accelerators and platform
 * behaviour come from Electron): the app menu on macOS, then File, Edit, View, Window and Help. Pure.
 */
export function appMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about', label: 'About Co-sell Workspace' }] };
  const common: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    help,
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...common] : common;
}
