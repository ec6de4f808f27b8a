import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/logger';
import type { PlannedNotification } from '../core/notifications/expiryPolicy';
import { FakeNotification, FakeWebContents, resetFakeElectron } from '../../test/fakes/electron';
import { createElectronNotifier, notificationText, sendDealToRenderer } from './notifier';

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);

const planned: PlannedNotification = {
  kind: 'expiry',
  title: 'Referral expires in 3 hours 20 minutes',
  body: 'Azure migration — Fabrikam Ltd. Accept or decline it before it expires.',
  referralId: 'r-42',
  keys: ['r-42@14400000'],
};

beforeEach(() => {
  resetFakeElectron();
});

describe('electron notifier', () => {
  it('shows a native notification naming the deal, the customer and the time left', () => {
    const notifier = createElectronNotifier({ openDeal: vi.fn(), icon: '/app/resources/tray.png', logger: silentLogger });
    notifier.show(planned);
    const [note] = FakeNotification.instances;
    expect(note?.options).toEqual({
      title: 'Referral expires in 3 hours 20 minutes',
      body: planned.body,
      icon: '/app/resources/tray.png',
      silent: false,
    });
    expect(note?.shown).toBe(true);
  });

  it('a click opens that deal, and the notification is released', () => {
    const openDeal = vi.fn();
    const notifier = createElectronNotifier({ openDeal, logger: silentLogger });
    notifier.show(planned);
    expect(notifier.pending()).toBe(1);
    FakeNotification.instances[0]?.emit('click', {});
    expect(openDeal).toHaveBeenCalledWith('r-42');
    expect(notifier.pending()).toBe(0);
  });

  it('where the OS has no notifications it logs and shows nothing', () => {
    FakeNotification.supported = false;
    const warn = vi.fn();
    createElectronNotifier({ openDeal: vi.fn(), logger: { ...silentLogger, warn } }).show(planned);
    expect(FakeNotification.instances).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a failed notification is logged and released', () => {
    const warn = vi.fn();
    const notifier = createElectronNotifier({ openDeal: vi.fn(), logger: { ...silentLogger, warn } });
    notifier.show(planned);
    FakeNotification.instances[0]?.emit('failed', {}, 'no notification daemon');
    expect(warn).toHaveBeenCalledWith('a notification could not be shown', { error: 'no notification daemon' });
    expect(notifier.pending()).toBe(0);
  });
});

describe('notification text', () => {
  it('takes the meaning out of markup in names from the service, and keeps it short', () => {
    expect(notificationText('<b>Deal</b> — <a href="https://evil.example">Contoso</a>')).toBe(
      '‹b›Deal‹/b› — ‹a href="https://evil.example"›Contoso‹/a›',
    );
    expect(notificationText('a\n\n  b')).toBe('a b');
    expect(notificationText('x'.repeat(300))).toHaveLength(250);
  });

  it('is applied to what is shown', () => {
    createElectronNotifier({ openDeal: vi.fn(), logger: silentLogger }).show({ ...planned, body: 'Deal <img src=x> — C' });
    expect(FakeNotification.instances[0]?.options.body).toBe('Deal ‹img src=x› — C');
  });
});

describe('sendDealToRenderer', () => {
  it('sends notification:clicked with the deal id to a loaded page', () => {
    const contents = new FakeWebContents();
    sendDealToRenderer(contents, 'r-42');
    expect(contents.sent).toEqual([{ channel: 'notification:clicked', args: [{ id: 'r-42' }] }]);
  });

  it('waits for a page that is still loading (a window opened for the click), and skips a destroyed one', () => {
    const contents = new FakeWebContents();
    contents.loading = true;
    sendDealToRenderer(contents, 'r-42');
    expect(contents.sent).toEqual([]);
    contents.loading = false;
    contents.emit('did-finish-load');
    expect(contents.sent).toHaveLength(1);
    const gone = new FakeWebContents();
    gone.destroyed = true;
    sendDealToRenderer(gone, 'r-42');
    sendDealToRenderer(null, 'r-42');
    expect(gone.sent).toEqual([]);
  });
});
