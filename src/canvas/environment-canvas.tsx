import {
  Background,
  Controls,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo } from 'react';
import { layoutTree } from '../domain/layout';
import { useAppStore } from '../store/app-store';
import { selectProject, selectSelectedId } from '../store/selectors';
import type { EnvironmentFlowNode } from './flow-types';
import { nodeTypes } from './node-types';
import { projectToFlow } from './project-to-flow';
import { ROLE_STYLE } from './role-style';

const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.2 };
const MINIMAP_STYLE = { width: 160, height: 110 };

function minimapColor(node: EnvironmentFlowNode): string {
  return ROLE_STYLE[node.data.env.role].color;
}

/** The live diagram of the current plan's project. */
export function EnvironmentCanvas() {
  const project = useAppStore(selectProject);
  const selectedId = useAppStore(selectSelectedId);
  const direction = useAppStore((s) => s.direction);
  const select = useAppStore((s) => s.select);
  const { fitView } = useReactFlow();

  const positions = useMemo(() => layoutTree(project, direction), [project, direction]);
  const flow = useMemo(() => projectToFlow(project, positions), [project, positions]);
  // Only the selected node gets a new object, so React Flow re-renders just that one.
  const nodes = useMemo(
    () => flow.nodes.map((node) => (node.id === selectedId ? { ...node, selected: true } : node)),
    [flow.nodes, selectedId],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<EnvironmentFlowNode>[]) => {
      for (const change of changes) {
        if (change.type === 'select' && change.selected) select(change.id);
      }
    },
    [select],
  );

  // Refit when the tree's shape changes: another plan, another direction.
  const planAndDirection = `${project.plan}/${direction}`;
  useEffect(() => {
    void planAndDirection;
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW_OPTIONS));
    return () => cancelAnimationFrame(frame);
  }, [planAndDirection, fitView]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={flow.edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.1}
      proOptions={{ hideAttribution: false }}
      aria-label="Environment tree"
    >
      <Background gap={24} color="#d4d4d8" />
      <Controls showInteractive={false} />
      <MiniMap
        position="top-right"
        pannable
        zoomable
        nodeColor={minimapColor}
        nodeStrokeWidth={0}
        style={MINIMAP_STYLE}
        ariaLabel="Overview of the environment tree"
      />
    </ReactFlow>
  );
}
