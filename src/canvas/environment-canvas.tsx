import {
  Background,
  Controls,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { layoutTree, NODE_HEIGHT, NODE_WIDTH } from '../domain/layout';
import type { EnvironmentId } from '../domain/types';
import { visibleTree } from '../domain/visible-tree';
import { selectProject, selectSelectedId, useAppStore } from '../store/app-store';
import { lazyModule } from '../store/lazy-module';
import { DiagramToolbar } from './diagram-toolbar';
import { ExportButtons } from './export-buttons';
import { edgeTypes, type FlowNode, nodeTypes } from './flow-types';
import { ROLE_STYLE, selectZoomDetail } from './node-display';
import { createFlowCache, projectToFlow } from './project-to-flow';
import { DRAGGED_CLASS } from './transient-drag';
import { useDragToMerge } from './use-drag-to-merge';

/** The node context menu, loaded on first use (and prefetched once the diagram is up). */
export const contextMenuModule = lazyModule(() => import('./node-context-menu'));

// Room at the top for the diagram toolbar, at the bottom for the export buttons.
const FIT_VIEW_OPTIONS = {
  padding: { top: '64px', bottom: '48px', left: '24px', right: '24px' },
  maxZoom: 1.2,
} as const;
const MINIMAP_STYLE = { width: 160, height: 110 };

function minimapColor(node: FlowNode): string {
  return node.type === 'environment' ? ROLE_STYLE[node.data.env.role].color : '#a1a1aa';
}

const NO_GROUPS: readonly EnvironmentId[] = [];

// Created once, so a drag frame's re-render of the canvas skips them entirely.
const STATIC_PANELS = (
  <>
    <Background gap={24} color="#d4d4d8" />
    <Controls showInteractive={false} />
    <DiagramToolbar />
    <ExportButtons />
  </>
);

/** The live diagram of the current plan's project; drag a branch onto its parent to merge. */
export function EnvironmentCanvas() {
  const project = useAppStore(selectProject);
  const selectedId = useAppStore(selectSelectedId);
  const direction = useAppStore((s) => s.direction);
  const select = useAppStore((s) => s.select);
  const filter = useAppStore((s) => s.filter);
  const collapseInactive = useAppStore((s) => s.collapseInactive);
  const expandedGroups = useAppStore((s) => s.expandedGroups[s.plan] ?? NO_GROUPS);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const { fitView, setCenter, getZoom } = useReactFlow<FlowNode>();
  const detail = useStore(selectZoomDetail);
  const menuOpen = useAppStore((s) => s.contextMenu !== null);
  const menu = useSyncExternalStore(contextMenuModule.subscribe, contextMenuModule.get);
  useEffect(() => {
    if (menuOpen) void contextMenuModule.load();
  }, [menuOpen]);

  const tree = useMemo(
    () =>
      visibleTree(project, { filter, collapseInactive, expandedGroups: new Set(expandedGroups) }),
    [project, filter, collapseInactive, expandedGroups],
  );
  const positions = useMemo(() => layoutTree(tree.items, direction), [tree, direction]);
  const flowCache = useRef(createFlowCache());
  const flow = useMemo(
    () => projectToFlow(project.plan, tree, positions, direction, flowCache.current),
    [project.plan, tree, positions, direction],
  );
  // Only environments are drop targets, not folded groups.
  const dropPositions = useMemo(
    () =>
      Object.fromEntries(tree.environments.map((e) => [e.id, positions[e.id] ?? { x: 0, y: 0 }])),
    [tree, positions],
  );
  const { drag, onDragMove, onNodeDragStart, onNodeDragStop } = useDragToMerge({
    dropPositions,
    positions,
    edges: flow.edges,
    direction,
  });
  // Only the nodes whose selection or part in a drag changed get new objects, so React Flow
  // re-renders just those.
  const nodes = useMemo(
    () =>
      flow.nodes.map((node) => {
        const className =
          drag?.id === node.id ? DRAGGED_CLASS : drag?.target === node.id ? 'merge-target' : null;
        if (className) return { ...node, className, selected: node.id === selectedId };
        return node.id === selectedId ? { ...node, selected: true } : node;
      }),
    [flow.nodes, selectedId, drag],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      for (const change of changes) {
        if (change.type === 'select' && change.selected) select(change.id);
        else onDragMove(change);
      }
    },
    [select, onDragMove],
  );

  // A folded group opens on click. (A click handler also gives the group node pointer events,
  // which React Flow withholds from nodes that are neither selectable nor draggable.)
  const onNodeClick = useCallback((_event: React.MouseEvent, node: FlowNode) => {
    if (node.type === 'inactive-group')
      useAppStore.getState().expandGroup(node.data.group.parentId);
  }, []);

  const onNodeContextMenu = useCallback((event: React.MouseEvent, node: FlowNode) => {
    if (node.type !== 'environment') return;
    event.preventDefault();
    const { select, openContextMenu } = useAppStore.getState();
    select(node.id);
    openContextMenu({ env: node.id, at: { x: event.clientX, y: event.clientY } });
  }, []);

  // Centre an environment when search (or anything else) asks for it, once per request.
  const handledFocus = useRef(0);
  useEffect(() => {
    if (!focusRequest || focusRequest.n === handledFocus.current) return;
    handledFocus.current = focusRequest.n;
    const p = positions[focusRequest.id];
    if (p)
      void setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, {
        zoom: Math.max(getZoom(), 0.9),
        duration: 300,
      });
  }, [focusRequest, positions, setCenter, getZoom]);

  // Refit when the tree turns. (Each plan mounts its own canvas, fitted before first paint.)
  const lastDirection = useRef(direction);
  useEffect(() => {
    if (direction === lastDirection.current) return;
    lastDirection.current = direction;
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW_OPTIONS));
    return () => cancelAnimationFrame(frame);
  }, [direction, fitView]);

  return (
    <ReactFlow
      className={`detail-${detail}${drag ? ' merge-dragging' : ''}`}
      nodes={nodes}
      edges={flow.edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onNodeClick={onNodeClick}
      onNodeContextMenu={onNodeContextMenu}
      onNodeDragStart={onNodeDragStart}
      onNodeDragStop={onNodeDragStop}
      nodesConnectable={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.02}
      aria-label="Environment tree"
    >
      {STATIC_PANELS}
      <MiniMap
        position="top-right"
        pannable
        zoomable
        nodeColor={minimapColor}
        nodeStrokeWidth={0}
        style={MINIMAP_STYLE}
        ariaLabel="Overview of the environment tree"
      />
      {menu && <menu.NodeContextMenu />}
    </ReactFlow>
  );
}
