import { Panel } from '@xyflow/react';
import { LayoutToggle } from './layout-toggle';
import { TreeControls } from './tree-controls';

/** Controls of the diagram itself: filter, folding and direction. */
export function DiagramToolbar() {
  return (
    <Panel position="top-left" className="diagram-toolbar">
      <TreeControls />
      <LayoutToggle />
    </Panel>
  );
}
