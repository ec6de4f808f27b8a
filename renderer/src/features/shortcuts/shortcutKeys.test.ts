import { describe, expect, it } from 'vitest';
import { commandFor, isTyping } from './shortcutKeys';

const key = (k: string, o: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...o,
});

describe('commandFor', () => {
  it('maps Ctrl+1/2/3 to the tabs and Ctrl+F or / to search', () => {
    expect(commandFor(key('1', { ctrlKey: true }))).toEqual({ type: 'tab', tab: 'inbound' });
    expect(commandFor(key('2', { metaKey: true }))).toEqual({ type: 'tab', tab: 'outbound' });
    expect(commandFor(key('3', { ctrlKey: true }))).toEqual({ type: 'tab', tab: 'favorites' });
    expect(commandFor(key('f', { ctrlKey: true }))).toEqual({ type: 'search' });
    expect(commandFor(key('/'))).toEqual({ type: 'search' });
  });

  it('maps single letters without modifiers, and ? to help', () => {
    expect(commandFor(key('f'))).toEqual({ type: 'favorite' });
    expect(commandFor(key('A'))).toEqual({ type: 'accept' });
    expect(commandFor(key('d'))).toEqual({ type: 'decline' });
    expect(commandFor(key('n'))).toEqual({ type: 'newDeal' });
    expect(commandFor(key('?', { shiftKey: true }))).toEqual({ type: 'help' });
  });

  it('ignores other keys and modified letters', () => {
    expect(commandFor(key('1'))).toBeNull();
    expect(commandFor(key('a', { ctrlKey: true }))).toBeNull();
    expect(commandFor(key('n', { altKey: true }))).toBeNull();
    expect(commandFor(key('x'))).toBeNull();
  });
});

describe('isTyping', () => {
  it('is true in fields and dialogs, false on the page and on rows', () => {
    document.body.innerHTML =
      '<input id="i"><textarea id="t"></textarea><div role="dialog"><button id="b"></button></div><div role="row" tabindex="0" id="r"></div>';
    expect(isTyping(document.getElementById('i'))).toBe(true);
    expect(isTyping(document.getElementById('t'))).toBe(true);
    expect(isTyping(document.getElementById('b'))).toBe(true);
    expect(isTyping(document.getElementById('r'))).toBe(false);
    expect(isTyping(document.body)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
