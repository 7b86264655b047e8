import { useEffect, useRef } from 'react';

/** A shortcut: the key (as KeyboardEvent.key, with `Ctrl+` or `Shift+` prefixes) and what it does. */
export interface Shortcut {
  keys: string;
  description: string;
  run: () => void;
  /** Also while typing in a field (for Ctrl+Enter, Escape). */
  inFields?: boolean;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

function keyName(event: KeyboardEvent): string {
  return `${event.ctrlKey || event.metaKey ? 'Ctrl+' : ''}${event.key}`;
}

/** Binds single-key shortcuts while the component is shown; keys typed into a field stay in the field. */
export function useShortcuts(shortcuts: Shortcut[]): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.defaultPrevented) return;
      const name = keyName(event);
      const shortcut = current.current.find((candidate) => candidate.keys.split(' / ').includes(name));
      if (!shortcut || (isTyping(event.target) && !shortcut.inFields)) return;
      event.preventDefault();
      shortcut.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
