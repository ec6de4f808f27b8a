import type { EventBus } from '../eventBus';
import type { Notifier } from '../ports';

/**
 * The web host's Notifier: each notification becomes a 'notification:show' event (server-sent to the
 * page, which shows a Web Notification when allowed, otherwise an in-app message with an Open button).
 * The workspace's bus keeps these while no page is connected, so a start-up notification is not lost.
 */
export function createEventNotifier(events: EventBus): Notifier {
  let seq = 0;
  return {
    show(n) {
      seq += 1;
      events.emit('notification:show', {
        id: `${n.kind}:${n.referralId ?? 'app'}:${seq}`,
        title: n.title,
        body: n.body,
        referralId: n.referralId,
      });
    },
  };
}
