import type { MenuItem } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/logger';
import { type FakeNativeImage, FakeTray, resetFakeElectron } from '../../test/fakes/electron';
import { wordsIn } from '../core/i18n/mainWords';
import { createAppTray, shouldHideOnClose, trayImage, trayMenuTemplate, trayText } from './tray';

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);

beforeEach(() => {
  resetFakeElectron();
});

describe('tray text', () => {
  it('counts referrals expiring within 24 hours in plain words', () => {
    expect(trayText(0, false)).toEqual({
      label: 'No referrals expire within 24 hours',
      tooltip: 'Co-sell Workspace — No referrals expire within 24 hours',
    });
    expect(trayText(1, false).label).toBe('1 referral expires within 24 hours');
    expect(trayText(12, true)).toEqual({
      label: '12 referrals expire within 24 hours',
      tooltip: 'Co-sell Workspace — 12 referrals expire within 24 hours (notifications paused)',
    });
  });
});

describe('close to tray', () => {
  it('hides on close only when the setting is on, a tray exists and the app is not quitting', () => {
    expect(shouldHideOnClose({ quitting: false, closeToTray: true, hasTray: true })).toBe(true);
    expect(shouldHideOnClose({ quitting: true, closeToTray: true, hasTray: true })).toBe(false);
    expect(shouldHideOnClose({ quitting: false, closeToTray: false, hasTray: true })).toBe(false);
    expect(shouldHideOnClose({ quitting: false, closeToTray: true, hasTray: false })).toBe(false);
  });
});

function setup(count = 3) {
  const state = { count, paused: false };
  const actions = { open: vi.fn(), syncNow: vi.fn(), setPaused: vi.fn((p: boolean) => (state.paused = p)), quit: vi.fn() };
  const appTray = createAppTray({
    icon: { x1: '/app/icons/16x16.png', x2: '/app/icons/32x32.png' },
    actions,
    expiringSoon: () => state.count,
    paused: () => state.paused,
    logger: silentLogger,
  });
  const tray = FakeTray.instances[0];
  if (!tray) throw new Error('no tray');
  return { appTray, tray, actions, state };
}

const click = (tray: FakeTray, label: string, item: Partial<MenuItem> = {}) => {
  const entry = tray.menu?.item(label);
  if (!entry?.click) throw new Error(`no menu item "${label}"`);
  (entry.click as (item: MenuItem) => void)(item as MenuItem);
};

describe('tray', () => {
  it('shows the icon, the tooltip and a menu: count, Open, Sync now, Pause notifications, Quit', () => {
    const { tray } = setup(3);
    const image = tray.image as unknown as FakeNativeImage;
    expect(image.path).toBe('/app/icons/16x16.png');
    expect(image.representations).toEqual([{ scaleFactor: 2, buffer: Buffer.from('png:/app/icons/32x32.png') }]);
    expect(tray.tooltip).toBe('Co-sell Workspace — 3 referrals expire within 24 hours');
    expect(tray.menu?.template.map((i) => i.label ?? i.type)).toEqual([
      '3 referrals expire within 24 hours',
      'separator',
      'Open Co-sell Workspace',
      'Sync now',
      'Pause notifications',
      'separator',
      'Quit',
    ]);
    expect(tray.menu?.item('3 referrals expire within 24 hours')?.enabled).toBe(false);
    expect(tray.menu?.item('Pause notifications')).toMatchObject({ type: 'checkbox', checked: false });
    expect(image.isTemplateImage()).toBe(false);
  });

  it('a macOS template icon is marked as a template, so the menu bar tints it', () => {
    const image = trayImage({
      x1: '/app/icons/trayTemplate.png',
      x2: '/app/icons/trayTemplate@2x.png',
      template: true,
    }) as unknown as FakeNativeImage;
    expect(image.isTemplateImage()).toBe(true);
    expect(image.representations).toEqual([{ scaleFactor: 2, buffer: Buffer.from('png:/app/icons/trayTemplate@2x.png') }]);
  });

  it('each menu item does what it says; a click on the icon opens the window', () => {
    const { tray, actions } = setup();
    click(tray, 'Open Co-sell Workspace');
    click(tray, 'Sync now');
    click(tray, 'Pause notifications', { checked: true });
    click(tray, 'Quit');
    tray.emit('click');
    expect(actions.open).toHaveBeenCalledTimes(2);
    expect(actions.syncNow).toHaveBeenCalledOnce();
    expect(actions.setPaused).toHaveBeenCalledWith(true);
    expect(actions.quit).toHaveBeenCalledOnce();
  });

  it('refresh rebuilds the count and the checkbox', () => {
    const { appTray, tray, state } = setup(3);
    state.count = 1;
    state.paused = true;
    appTray.refresh();
    expect(tray.tooltip).toBe('Co-sell Workspace — 1 referral expires within 24 hours (notifications paused)');
    expect(tray.menu?.item('Pause notifications')?.checked).toBe(true);
    appTray.destroy();
    expect(tray.destroyed).toBe(true);
    appTray.refresh();
  });
});

describe('tray in Russian', () => {
  it('counts with Russian plurals and words the menu in the chosen language', () => {
    const ru = wordsIn('ru');
    expect(trayText(1, false, ru).label).toBe('1 заявка истекает в ближайшие 24 часа');
    expect(trayText(3, true, ru).tooltip).toBe('Co-sell Workspace — 3 заявки истекают в ближайшие 24 часа (уведомления приостановлены)');
    const labels = trayMenuTemplate(trayText(0, false, ru), false, { open() {}, syncNow() {}, setPaused() {}, quit() {} }, ru).map(
      (i) => i.label,
    );
    expect(labels).toEqual([
      'В ближайшие 24 часа заявки не истекают',
      undefined,
      'Открыть Co-sell Workspace',
      'Синхронизировать',
      'Приостановить уведомления',
      undefined,
      'Выйти',
    ]);
  });
});
