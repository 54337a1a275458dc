import { useEffect } from 'react';
import { tableHas } from '../domain/table';
import { selectProject, useAppStore } from '../store/app-store';
import { commandForKey, runCommand } from '../store/commands';

/** Inputs that take no typed text: a shortcut pressed on one is the page's. */
const KEYLESS_INPUTS = new Set([
  'radio',
  'checkbox',
  'button',
  'submit',
  'reset',
  'range',
  'color',
]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The environment whose node has the keyboard focus, if one has. */
function focusedEnvironment(target: EventTarget | null): string | null {
  const id =
    target instanceof Element ? target.closest('[data-id]')?.getAttribute('data-id') : null;
  if (!id) return null;
  return tableHas(selectProject(useAppStore.getState()).environments, id) ? id : null;
}

/**
 * Every shortcut of the command table, on the whole page. A command on an environment acts
 * on the node that has the focus, else on the selected one. Keys typed into a field, or in
 * an open dialog or menu, are theirs.
 */
export function useCommandKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const inDialog =
        event.target instanceof Element && event.target.closest('dialog, [role="menu"]');
      if (inDialog) return;
      const found = commandForKey(event);
      if (!found) return;
      const state = useAppStore.getState();
      const env = focusedEnvironment(event.target) ?? state.selection[state.plan];
      if (found.scope === 'environment' && env === null) return;
      event.preventDefault();
      if (env !== null && env !== state.selection[state.plan] && found.scope === 'environment') {
        state.select(env);
      }
      runCommand(found.id, env);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
