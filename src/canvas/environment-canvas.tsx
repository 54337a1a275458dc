import {
  Background,
  Controls,
  getViewportForBounds,
  MiniMap,
  type NodeChange,
  ReactFlow,
  type ReactFlowState,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTheme } from '../components/theme';
import { layoutTree, NODE_HEIGHT, NODE_WIDTH, type Point } from '../domain/layout';
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
const MIN_ZOOM = 0.02;
const MINIMAP_STYLE = { width: 160, height: 110 };

function minimapColor(node: FlowNode): string {
  return node.type === 'environment'
    ? ROLE_STYLE[node.data.env.role].color
    : 'var(--minimap-group)';
}

const NO_GROUPS: readonly EnvironmentId[] = [];

/**
 * From this many nodes React Flow draws only those in view, and there is no minimap: drawn
 * all at once, 20 000 nodes took minutes to mount, while at the zoom they fit in most are
 * off screen; the minimap alone (a rectangle per node, each under a pixel there) took half
 * the time of opening such a project.
 */
const VISIBLE_ONLY_FROM = 5000;

// Created once, so a drag frame's re-render of the canvas skips them entirely.
const STATIC_PANELS = (
  <>
    <Background gap={24} color="var(--diagram-dots)" />
    <Controls showInteractive={false} />
    <DiagramToolbar />
    <ExportButtons />
  </>
);

/**
 * How many times most of the drawn nodes were new at once (a project opened, imported, or
 * undone back): the diagram refits to the new tree then, and the minimap is mounted afresh,
 * because React places each new child of a list it updates after a walk over its siblings,
 * which for 20 000 new nodes took seconds, where a fresh mount is linear.
 */
function useNewTreeCount(nodes: readonly Readonly<{ id: string }>[]): number {
  const [seen, setSeen] = useState(() => ({ nodes, count: 0 }));
  if (seen.nodes === nodes) return seen.count;
  const before = new Set(seen.nodes.map((n) => n.id));
  const fresh = nodes.reduce((sum, n) => (before.has(n.id) ? sum : sum + 1), 0);
  const count = fresh * 2 > nodes.length ? seen.count + 1 : seen.count;
  // Kept from the previous render, as React advises for state that follows a prop.
  setSeen({ nodes, count });
  return count;
}

const selectFlowNodes = (s: ReactFlowState) => s.nodes;

/** The rectangle that holds every node placed at `points` (their top-left corners). */
function boundsOf(points: readonly Point[]) {
  if (points.length === 0) return null;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + NODE_WIDTH);
    bottom = Math.max(bottom, y + NODE_HEIGHT);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The minimap, mounted afresh when React Flow's own nodes are mostly new (see above). */
function TreeMiniMap() {
  const newTrees = useNewTreeCount(useStore(selectFlowNodes));
  return (
    <MiniMap
      key={newTrees}
      position="top-right"
      pannable
      zoomable
      nodeColor={minimapColor}
      nodeStrokeWidth={0}
      style={MINIMAP_STYLE}
      ariaLabel="Overview of the environment tree"
    />
  );
}

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
  const { fitView, setCenter, getZoom, setViewport } = useReactFlow<FlowNode>();
  const flowStore = useStoreApi<FlowNode>();
  const colorMode = useTheme();
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

  const newTrees = useNewTreeCount(flow.nodes);
  const large = nodes.length >= VISIBLE_ONLY_FROM;

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

  // Refit when the tree is mostly new, from the layout's own bounds: React Flow's fitView
  // would hand it every node again, a second pass over 20 000 of them. A tree too wide to
  // fit even at the least zoom is shown around its root, where reading it starts.
  const lastNewTrees = useRef(newTrees);
  const rootId = tree.environments[0]?.id;
  useEffect(() => {
    if (newTrees === lastNewTrees.current) return;
    const frame = requestAnimationFrame(() => {
      lastNewTrees.current = newTrees;
      const { width, height } = flowStore.getState();
      const bounds = boundsOf(Object.values(positions));
      if (!bounds || width === 0 || height === 0) return;
      const { maxZoom, padding } = FIT_VIEW_OPTIONS;
      const fit = getViewportForBounds(bounds, width, height, MIN_ZOOM, maxZoom, padding);
      const root = rootId === undefined ? undefined : positions[rootId];
      if (fit.zoom > MIN_ZOOM || !root) return void setViewport(fit);
      const { zoom } = fit;
      // Across the tree the root is centred; down it, the root starts the screen if the
      // tree runs off it.
      const across = (at: number, size: number, screen: number) =>
        screen / 2 - (at + size / 2) * zoom;
      const down = (fitted: number, at: number, extent: number, screen: number, inset: number) =>
        extent * zoom > screen ? inset - at * zoom : fitted;
      void setViewport(
        direction === 'TB'
          ? {
              zoom,
              x: across(root.x, NODE_WIDTH, width),
              y: down(fit.y, root.y, bounds.height, height, 64),
            }
          : {
              zoom,
              y: across(root.y, NODE_HEIGHT, height),
              x: down(fit.x, root.x, bounds.width, width, 24),
            },
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [newTrees, positions, rootId, direction, flowStore, setViewport]);

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
      onlyRenderVisibleElements={large}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={MIN_ZOOM}
      aria-label="Environment tree"
      colorMode={colorMode}
      // Arrowheads take --xy-edge-stroke (the palette's) rather than a fixed colour.
      defaultMarkerColor={null}
    >
      {STATIC_PANELS}
      {!large && <TreeMiniMap />}
      {menu && <menu.NodeContextMenu />}
    </ReactFlow>
  );
}
