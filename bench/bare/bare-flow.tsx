import {
  type Edge,
  type Node,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
} from '@xyflow/react';

// The app's fit view and zoom floor (src/canvas/environment-canvas.tsx), so both pages draw
// the tree at the same zoom; the benchmark records each page's zoom to check.
const FIT_VIEW_OPTIONS = {
  padding: { top: '64px', bottom: '48px', left: '24px', right: '24px' },
  maxZoom: 1.2,
} as const;
const MIN_ZOOM = 0.02;

type Props = Readonly<{ nodes: Node[]; edges: Edge[]; width: string; height: string }>;

/** React Flow with nothing of the app: default nodes, default edges, dragging. */
export function BareFlow({ nodes: initialNodes, edges: initialEdges, width, height }: Props) {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div style={{ width, height }}>
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          minZoom={MIN_ZOOM}
        />
      </ReactFlowProvider>
    </div>
  );
}
