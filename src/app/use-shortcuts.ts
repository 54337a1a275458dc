import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { COMMANDS } from '../store/commands';
import { selectSelectedId } from '../store/selectors';
import { redo, undo } from './history-buttons';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keyboard shortcuts: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, and the command table's letters. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.altKey) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
        return;
      }
      if (mod && key === 'y') {
        event.preventDefault();
        redo();
        return;
      }
      if (mod || event.shiftKey) return;
      const command = COMMANDS.find((c) => c.shortcut?.key === key);
      const state = useAppStore.getState();
      const env = selectSelectedId(state);
      if (!command || env === null) return;
      event.preventDefault();
      command.run(state, env);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
