import { useState } from 'react';

/**
 * What a field typed in parts (a date, a time) shows: kept while half typed, when the caller holds '' for it, and
 * replaced when the caller's value changes from outside (Clear filters, Swap, a switch's default). `show(next,
 * handedOn)` records what the field now shows and the text handed on for it, so that text is not taken for an
 * outside change.
 */
export function useTypedValue<V>(value: string, read: (text: string) => V): [V, (next: V, handedOn: string) => void] {
  const [shown, setShown] = useState<V>(() => read(value));
  const [heard, setHeard] = useState(value);
  if (heard !== value) {
    setHeard(value);
    setShown(read(value));
  }
  const show = (next: V, handedOn: string) => {
    setShown(next);
    setHeard(handedOn);
  };
  return [shown, show];
}
