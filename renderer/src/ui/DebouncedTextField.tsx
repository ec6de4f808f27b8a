import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useEffect, useState } from 'react';

type Props = Omit<TextFieldProps, 'value' | 'onChange'> & {
  /** The committed value (from the store). */
  value: string;
  /** Called once typing pauses for `delayMs`. */
  onCommit: (value: string) => void;
  delayMs: number;
};

/**
 * A text field that keeps what is typed locally and commits it after a pause, so a list query runs once
 * per pause instead of once per key. A change of the committed value from elsewhere (Clear filters)
 * replaces the text.
 */
export function DebouncedTextField({ value, onCommit, delayMs, ...props }: Props) {
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (committed !== value) {
    setCommitted(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return undefined;
    const timer = window.setTimeout(() => onCommit(text), delayMs);
    return () => window.clearTimeout(timer);
  }, [text, value, delayMs, onCommit]);

  return <TextField {...props} value={text} onChange={(e) => setText(e.target.value)} />;
}
