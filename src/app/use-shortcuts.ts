import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { lazyModule } from '../store/lazy-module';
import { selectSelectedId } from '../store/selectors';
import { redo, undo } from './history-buttons';

export const commandsModule = lazyModule(() => import('../store/commands'));

// The command table's single-letter shortcuts (kept in step by a test).
export const SHORTCUT_KEYS: ReadonlySet<string> = new Set(['b', 'm', 's', 'a', 'r']);

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
      if (mod || event.shiftKey || !SHORTCUT_KEYS.has(key)) return;
      const env = selectSelectedId(useAppStore.getState());
      if (env === null) return;
      event.preventDefault();
      const run = ({ COMMANDS }: typeof import('../store/commands')) =>
        COMMANDS.find((c) => c.shortcut?.key === key)?.run(useAppStore.getState(), env);
      // The command table loads with the operations, outside the initial bundle; once it is
      // there (it is prefetched) the shortcut runs at once, so keys typed next land in its form.
      const loaded = commandsModule.get();
      if (loaded) run(loaded);
      else void commandsModule.load().then(run);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
