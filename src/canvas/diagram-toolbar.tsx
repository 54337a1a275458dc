import { Panel } from '@xyflow/react';
import { LayoutToggle } from './layout-toggle';
import { SearchBox } from './search-box';
import { TreeControls } from './tree-controls';

/** Controls of the diagram itself: search, filter, folding and direction. */
export function DiagramToolbar() {
  return (
    <Panel position="top-left" className="diagram-toolbar">
      <SearchBox />
      <TreeControls />
      <LayoutToggle />
    </Panel>
  );
}
