import { useRef } from 'react';
import { CommandButton } from '../../components/command-button';
import './help.css';

/** The header's "Help" menu: the glossary and the tour (the legend has a button of its own). */
export function HelpMenu() {
  const menu = useRef<HTMLDetailsElement>(null);
  // A menu closes once an item is chosen; the focus goes back to "Help", for the dialog
  // the item opens to return it there.
  const close = () => {
    if (!menu.current) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  return (
    <details className="help-menu" ref={menu}>
      <summary>Help</summary>
      <div className="help-menu__items">
        <CommandButton id="glossary" onRun={close} />
        <CommandButton id="tour" onRun={close} />
      </div>
    </details>
  );
}
