import { useEffect, useState } from 'react';
import { Textarea, type TextareaProps } from '@mantine/core';

/**
 * A text box kept in the page while typing and saved when it loses focus: a write per keystroke
 * into the local database would come back a moment later and could move the cursor.
 */
export function SavedTextarea({ value, onSave, ...props }: Omit<TextareaProps, 'value' | 'onChange' | 'onBlur'> & { value: string; onSave: (value: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return <Textarea {...props} value={text} onChange={(e) => setText(e.currentTarget.value)} onBlur={() => text !== value && onSave(text)} />;
}
