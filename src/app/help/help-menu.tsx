import { CommandButton } from '../../components/command-button';
import { HeaderMenu } from '../../components/header-menu';

/** The header's "Help" menu: the glossary and the tour (the legend has a button of its own). */
export function HelpMenu() {
  return (
    <HeaderMenu label="Help">
      {(close) => (
        <>
          <CommandButton id="glossary" onRun={close} />
          <CommandButton id="tour" onRun={close} />
        </>
      )}
    </HeaderMenu>
  );
}
