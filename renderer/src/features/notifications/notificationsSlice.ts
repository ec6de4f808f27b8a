import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { EventPayload } from '../../../../shared/ipc';
import type { AppDispatch } from '../../app/store';
import { selectDeal } from '../../app/workspaceSlice';
import { currentPermission, deliveryFor } from './delivery';

export type ShownNotification = EventPayload<'notification:show'>;

/** At most this many wait behind the one on screen; older ones are dropped (the list shows the deals anyway). */
export const MAX_WAITING = 5;

export type NotificationsState = {
  /** In-app notifications, oldest first: the first is on screen (unless a dialog is open), the rest wait. */
  queue: ShownNotification[];
};

const initialState: NotificationsState = { queue: [] };

export const notificationsSlice = createSlice({
  name: 'notifications',
  initialState,
  reducers: {
    notificationQueued(state, action: PayloadAction<ShownNotification>) {
      state.queue = [...state.queue, action.payload].slice(-(MAX_WAITING + 1));
    },
    /** The one on screen was opened, dismissed or timed out. */
    notificationDone(state, action: PayloadAction<string>) {
      const at = state.queue.findIndex((n) => n.id === action.payload);
      if (at >= 0) state.queue.splice(at, 1);
    },
  },
});

export const { notificationQueued, notificationDone } = notificationsSlice.actions;

/**
 * A notification main sent to the page (web host only; the desktop app shows native ones from main): a Web
 * Notification when the page may show them, else queued for the in-app message. Either way a click opens its deal, if it has one.
 */
export function notificationArrived(n: ShownNotification) {
  return (dispatch: AppDispatch) => {
    if (deliveryFor(currentPermission()) !== 'system') {
      dispatch(notificationQueued(n));
      return;
    }
    const note = new Notification(n.title, { body: n.body, tag: n.id });
    note.onclick = () => {
      window.focus();
      // A notification about the app itself ("Sign in again") has no deal: the click only brings the window up.
      if (n.referralId) dispatch(selectDeal(n.referralId));
      note.close();
    };
  };
}
