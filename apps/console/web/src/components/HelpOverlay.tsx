import { useEffect, useRef } from 'react';

/** Every shortcut of the console, in one list (the screens bind them; this is what a reviewer reads). */
export const SHORTCUTS: { screen: string; keys: string; what: string }[] = [
  { screen: 'Everywhere', keys: '?', what: 'show or hide this list' },
  { screen: 'Queue', keys: 'j / k', what: 'next / previous item' },
  { screen: 'Queue', keys: 'Enter or o', what: 'open the selected item' },
  { screen: 'Queue', keys: 's', what: 'sort by score / by age' },
  { screen: 'Item', keys: 'a', what: 'approve (refused while a critical issue is open)' },
  { screen: 'Item', keys: 'e', what: 'edit in place; the edit is re-checked as you type' },
  { screen: 'Item', keys: 'Ctrl+Enter', what: 'while editing: save and approve the edit' },
  { screen: 'Item', keys: 'Escape', what: 'while editing: cancel the edit; otherwise back to the queue' },
  { screen: 'Item', keys: 'r', what: 'reject with a note (regenerated with it as feedback)' },
  { screen: 'Item', keys: 'j / k', what: 'next / previous item of the queue' },
  { screen: 'Item', keys: '1 … 9', what: 'show that attempt; 0 the one under review' },
  { screen: 'Item', keys: 'h', what: 'version history of this SKU and language' },
  { screen: 'Item', keys: 'u', what: 'back to the queue' },
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div className="dialog">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Screen</th>
              <th scope="col">Keys</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={`${shortcut.screen}-${shortcut.keys}`}>
                <td>{shortcut.screen}</td>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td>{shortcut.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
