import {
  type KeyboardEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useStore } from 'zustand';
import { selectProject, useAppStore } from '../store/app-store';
import {
  ariaKeyShortcuts,
  COMMANDS,
  type Command,
  runCommand,
  shortcutLabel,
} from '../store/commands';
import { operationsModule } from '../store/lazy-module';
import type { ContextMenu } from '../store/view-slice';

// The environment's operations, views and deploy actions; edits and trainer tools live in the panel.
const ITEMS: readonly Command[] = COMMANDS.filter(
  (c) => c.section === 'operations' || c.section === 'views' || c.section === 'deploys',
);

const MENU_WIDTH = 240;

function nodeElement(env: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(env)}"]`);
}

/** Where the menu goes: at the pointer, or (opened from the keyboard) beside its node. */
function placeOf(env: string, at: { x: number; y: number } | null): { x: number; y: number } {
  if (at) return at;
  const rect = nodeElement(env)?.getBoundingClientRect();
  return rect ? { x: rect.right + 4, y: rect.top } : { x: 16, y: 16 };
}

/**
 * The commands for one environment, beside its node: right click, or the context-menu key
 * (Shift+F10) on a focused node. Arrow keys move, Enter runs, Escape closes and gives focus
 * back to the node.
 */
export function NodeContextMenu() {
  const menu = useAppStore((s) => s.contextMenu);
  // Keyed by its node, so another node's menu starts afresh.
  return menu ? <OpenMenu key={menu.env} menu={menu} /> : null;
}

function OpenMenu({ menu }: { menu: ContextMenu }) {
  const close = useAppStore((s) => s.openContextMenu);
  const ops = useSyncExternalStore(operationsModule.subscribe, operationsModule.get);
  // What the items' reasons depend on: the project, and (for none of them yet) the history.
  useAppStore(selectProject);
  useStore(useAppStore.temporal, (s) => s.pastStates.length);
  const state = useAppStore.getState();
  const idBase = useId();
  const list = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  useLayoutEffect(() => {
    list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!list.current?.contains(event.target as Node)) close(null);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [close]);

  const { env } = menu;
  const place = placeOf(env, menu.at);
  const left = Math.max(8, Math.min(place.x, window.innerWidth - MENU_WIDTH - 8));
  const top = Math.max(8, Math.min(place.y, window.innerHeight - ITEMS.length * 34 - 16));

  const dismiss = (refocus: boolean) => {
    close(null);
    if (refocus) nodeElement(env)?.focus();
  };
  const choose = (item: Command) => {
    dismiss(false);
    runCommand(item.id, env);
  };
  const move = (to: number) => {
    const next = (to + ITEMS.length) % ITEMS.length;
    setActive(next);
    list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: ITEMS.length - 1 }[
      event.key
    ];
    const leaves = event.key === 'Escape' || event.key === 'Tab';
    if (next === undefined && !leaves) return;
    event.preventDefault();
    event.stopPropagation();
    if (next !== undefined) move(next);
    else dismiss(true);
  };

  return (
    <div
      ref={list}
      role="menu"
      aria-label={`Commands for ${env}`}
      className="context-menu"
      style={{ left, top, width: MENU_WIDTH }}
      onKeyDown={onKeyDown}
    >
      {ITEMS.map((item, index) => {
        const reason = item.canRun({ state, env, ops });
        const shortcut = shortcutLabel(item);
        const why = `${idBase}-${item.id}`;
        return (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            tabIndex={index === active ? 0 : -1}
            aria-disabled={reason !== null}
            aria-describedby={why}
            aria-keyshortcuts={ariaKeyShortcuts(item.keys)}
            title={reason ?? item.description}
            className="context-menu__item"
            onClick={() => choose(item)}
          >
            {item.label}
            {shortcut && (
              <span className="kbd" aria-hidden="true">
                {shortcut}
              </span>
            )}
            <span id={why} hidden>
              {reason ?? item.description}
            </span>
          </button>
        );
      })}
    </div>
  );
}
