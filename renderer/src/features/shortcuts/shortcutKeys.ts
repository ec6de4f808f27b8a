import type { Tab } from '../../../../shared/ipc';
import type { en } from '../../../../shared/i18n/resources';

export type Command =
  | { type: 'tab'; tab: Tab }
  | { type: 'search' }
  | { type: 'favorite' }
  | { type: 'accept' }
  | { type: 'decline' }
  | { type: 'newDeal' }
  | { type: 'help' }
  | { type: 'close' };

/** Every shortcut with what it does (a key of the shortcuts namespace); `keys` are shown as key caps. */
export const shortcutList: readonly { keys: readonly string[][]; description: Exclude<keyof typeof en.shortcuts, 'intro' | 'or'> }[] = [
  { keys: [['Ctrl', '1']], description: 'showInbound' },
  { keys: [['Ctrl', '2']], description: 'showOutbound' },
  { keys: [['Ctrl', '3']], description: 'showFavorites' },
  { keys: [['Ctrl', 'F'], ['/']], description: 'search' },
  { keys: [['↑'], ['↓']], description: 'move' },
  { keys: [['Enter']], description: 'open' },
  { keys: [['F']], description: 'favorite' },
  { keys: [['A']], description: 'accept' },
  { keys: [['D']], description: 'decline' },
  { keys: [['N']], description: 'newDeal' },
  { keys: [['?']], description: 'help' },
  // Handled by SettingsButton (it owns the dialog), listed here so the help shows every shortcut.
  { keys: [['Ctrl', ',']], description: 'settings' },
  { keys: [['Esc']], description: 'close' },
];

const tabKeys: Record<string, Tab> = { '1': 'inbound', '2': 'outbound', '3': 'favorites' };

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Which command a key press means, or null. Pure; where focus is gets checked by `isTyping`. */
export function commandFor(e: KeyLike): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey) return null;
  if (mod) {
    const tab = tabKeys[e.key];
    if (tab && !e.shiftKey) return { type: 'tab', tab };
    if (e.key.toLowerCase() === 'f' && !e.shiftKey) return { type: 'search' };
    return null;
  }
  switch (e.key) {
    case '/':
      return { type: 'search' };
    case '?':
      return { type: 'help' };
    case 'Escape':
      return e.shiftKey ? null : { type: 'close' };
    case 'f':
    case 'F':
      return e.shiftKey ? null : { type: 'favorite' };
    case 'a':
    case 'A':
      return e.shiftKey ? null : { type: 'accept' };
    case 'd':
    case 'D':
      return e.shiftKey ? null : { type: 'decline' };
    case 'n':
    case 'N':
      return e.shiftKey ? null : { type: 'newDeal' };
    default:
      return null;
  }
}

/**
 * True while the person is typing, choosing from a menu or working in a dialog: shortcuts stay out of
 * the way there (a letter typed into a field is a letter, not a command).
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return target.closest('[role="dialog"], [role="listbox"], [role="menu"], [role="combobox"]') !== null;
}
