import { useEffect } from 'react';
import { expiryOf, type Stage } from '../../../../shared/domain';
import { errorMessage } from '../../api/baseQuery';
import { workspaceApi } from '../../api/workspaceApi';
import { useAppDispatch, useAppStore } from '../../app/hooks';
import type { RootState } from '../../app/store';
import { focusSearch, openDialog, selectDeal, setShortcutsOpen, setTab, setWizardOpen, showNotice } from '../../app/workspaceSlice';
import { focusList } from '../list/focusList';
import { findCachedRow } from '../list/useListBlocks';
import { commandFor, isTyping } from './shortcutKeys';

type DealFacts = { id: string; stage: Stage; inbound: boolean; favorite: boolean; expired: boolean };

/** What a shortcut needs to know about a deal: from its open detail, else from the list's loaded pages. */
function factsOf(state: RootState, id: string): DealFacts | null {
  const detail = workspaceApi.endpoints.getReferral.select(id)(state).data;
  if (detail) {
    const r = detail.referral;
    return {
      id,
      stage: detail.stage,
      inbound: r.direction === 'inbound',
      favorite: detail.favorite,
      expired: detail.stage === 'received' && Date.parse(expiryOf(r)) <= Date.now(),
    };
  }
  const row = findCachedRow(state, id);
  if (!row) return null;
  const expired = row.expirationDateTime !== null && Date.parse(row.expirationDateTime) <= Date.now();
  return { id, stage: row.stage, inbound: row.direction === 'inbound', favorite: row.favorite, expired };
}

/** The deal a shortcut acts on: the row that has keyboard focus, else the open one. */
function targetId(state: RootState, target: EventTarget | null): string | null {
  const row = target instanceof Element ? target.closest<HTMLElement>('[data-deal-id]') : null;
  return row?.dataset.dealId ?? state.workspace.selectedId;
}

/**
 * The app's keyboard shortcuts (see shortcutKeys.ts). One listener on the window; nothing fires while
 * the person types in a field or works in a dialog.
 */
export function useShortcuts(): void {
  const dispatch = useAppDispatch();
  const store = useAppStore();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isTyping(event.target)) return;
      const command = commandFor(event);
      if (!command) return;
      const state = store.getState();
      const { wizardOpen, shortcutsOpen } = state.workspace;
      if (wizardOpen || shortcutsOpen) return;

      const deal = () => {
        const id = targetId(state, event.target);
        return id ? factsOf(state, id) : null;
      };
      switch (command.type) {
        case 'tab':
          dispatch(setTab(command.tab));
          break;
        case 'search':
          dispatch(focusSearch());
          break;
        case 'help':
          dispatch(setShortcutsOpen(true));
          break;
        case 'close': {
          // Esc closes the open deal (a dialog over it closes itself first) and puts focus back on its row.
          const open = state.workspace.selectedId;
          if (!open || state.workspace.dialog) return;
          dispatch(selectDeal(null));
          requestAnimationFrame(() => focusList(open));
          break;
        }
        case 'newDeal':
          dispatch(setWizardOpen(true));
          break;
        case 'favorite': {
          const d = deal();
          if (!d) return;
          dispatch(workspaceApi.endpoints.setFavorite.initiate({ id: d.id, favorite: !d.favorite }))
            .unwrap()
            .catch((error: unknown) => dispatch(showNotice({ message: errorMessage(error), severity: 'error' })));
          break;
        }
        case 'accept':
        case 'decline': {
          const d = deal();
          if (!d || d.stage !== 'received' || !d.inbound || d.expired) return;
          if (state.workspace.selectedId !== d.id) dispatch(selectDeal(d.id));
          dispatch(openDialog({ id: d.id, kind: command.type }));
          break;
        }
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dispatch, store]);
}
