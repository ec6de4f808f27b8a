import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from './appMenu';

describe('application menu', () => {
  it('uses the standard roles: app menu on macOS, then File, Edit, View, Window, Help', () => {
    expect(appMenuTemplate('darwin').map((m) => m.role)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
  });

  it('has no app menu on Windows and Linux, and Help carries About', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = appMenuTemplate(platform);
      expect(menu.map((m) => m.role)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
      expect(menu.at(-1)?.submenu).toEqual([{ role: 'about', label: 'About Co-sell Workspace' }]);
    }
  });
});
