import type { KeyboardEvent } from 'react';

/** A textarea's keydown handler: Ctrl+Enter or ⌘+Enter runs `submit` (plain Enter still starts a new line). */
export function onSubmitShortcut(submit: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      submit();
    }
  };
}
