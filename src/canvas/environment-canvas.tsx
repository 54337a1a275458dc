import {
  Background,
  Controls,
  MiniMap,
  type NodeChange,
  ReactFlow,
  type ReactFlowState,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { layoutTree, NODE_HEIGHT, NODE_WIDTH } from '../domain/layout';
import { tableHas } from '../domain/table';
import type { Environment, EnvironmentId } from '../domain/types';
import { matchesFilter, visibleTree } from '../domain/visible-tree';
import { selectProject, selectSelectedId, useAppStore } from '../store/app-store';
import { lazyModule } from '../store/lazy-module';
import { useTheme } from '../store/theme';
import { selectFoldInactive } from '../store/view-slice';
import './canvas-view.css';
import { DiagramToolbar, MINIMAP_FROM_WIDTH } from './diagram-toolbar';
import { DrawEverything, ExportButtons } from './export-buttons';
import { edgeTypes, type FlowNode, nodeTypes } from './flow-types';
import { FIT_VIEW_OPTIONS, frameView, MIN_ZOOM, scrolledIntoView } from './frame-view';
import { KeyLabels } from './key-labels';
import { ROLE_STYLE, selectZoomDetail } from './node-display';
import { createFlowCache, projectToFlow } from './project-to-flow';
import { DRAGGED_CLASS } from './transient-drag';
import { useDragToMerge } from './use-drag-to-merge';

/** The node context menu, loaded on first use (and prefetched once the diagram is up). */
export const contextMenuModule = lazyModule(() => import('./node-context-menu'));

const MINIMAP_STYLE = { width: 160, height: 110 };

function minimapColor(node: FlowNode): string {
  return node.type === 'environment'
    ? ROLE_STYLE[node.data.env.role].color
    : 'var(--minimap-group)';
}

const NO_GROUPS: readonly EnvironmentId[] = [];

/**
 * From this many nodes React Flow draws only those in view. Every node drawn makes each pan
 * frame repaint them all: 24 ms of main-thread work a frame at 500 nodes, 45 ms at 1000 (so
 * about 20 frames a second), against 6 ms with only those in view; a drag's frames fell from
 * 10.4 to 5 ms at 1000. Below it, all are drawn, so Tab walks every node (from here on the
 * list view and search are the keyboard's way to the rest).
 */
const VISIBLE_ONLY_FROM = 500;

/**
 * From this many nodes there is no minimap: its rectangles, each under a pixel at that zoom,
 * took half the time of opening a 20 000-node project.
 */
const MINIMAP_UNTIL = 5000;

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

/** The production line (root, Global Master, Production, Staging) and the active branches. */
function isKey(env: Environment): boolean {
  return (
    env.parentId === null ||
    env.status === 'active' ||
    env.role === 'production' ||
    env.role === 'global-master' ||
    env.role === 'staging'
  );
}

const NO_IDS: readonly EnvironmentId[] = [];

/** Whether React Flow knows the pane's size and can move its view. */
const selectReady = (s: ReactFlowState) => s.width > 0 && s.height > 0 && s.panZoom !== null;
const selectPaneSize = (s: ReactFlowState) => `${s.width}x${s.height}`;
const selectNarrow = (s: ReactFlowState) => s.width > 0 && s.width < MINIMAP_FROM_WIDTH;

/**
 * Environments kept out of the folds: each one selected while it was folded away (kept until
 * folding is turned off or on again, so clicking elsewhere moves nothing), and the one search
 * is showing as the user types (until it shows another).
 */
function useRevealed(fold: boolean, peek: EnvironmentId | null) {
  const [kept, setKept] = useState(() => ({ fold, ids: NO_IDS }));
  // Folding turned off or on again starts afresh (adjusted in render, as for useNewTreeCount).
  if (kept.fold !== fold) setKept({ fold, ids: NO_IDS });
  const ids = kept.fold === fold ? kept.ids : NO_IDS;
  const reveal = useMemo(() => new Set(peek === null ? ids : [...ids, peek]), [ids, peek]);
  const keep = useCallback(
    (id: EnvironmentId) => setKept({ fold, ids: [...ids, id] }),
    [fold, ids],
  );
  return { reveal, keep };
}

/** The live diagram of the current plan's project; drag a branch onto its parent to merge. */
export function EnvironmentCanvas() {
  const project = useAppStore(selectProject);
  const selectedId = useAppStore(selectSelectedId);
  const direction = useAppStore((s) => s.direction);
  const select = useAppStore((s) => s.select);
  const filter = useAppStore((s) => s.filter);
  const collapseInactive = useAppStore(selectFoldInactive);
  const expandedGroups = useAppStore((s) => s.expandedGroups[s.plan] ?? NO_GROUPS);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const { setCenter, getZoom, setViewport } = useReactFlow<FlowNode>();
  const flowStore = useStoreApi<FlowNode>();
  const ready = useStore(selectReady);
  const narrow = useStore(selectNarrow);
  const colorMode = useTheme();
  const detail = useStore(selectZoomDetail);
  const menuOpen = useAppStore((s) => s.contextMenu !== null);
  const menu = useSyncExternalStore(contextMenuModule.subscribe, contextMenuModule.get);
  useEffect(() => {
    if (menuOpen) void contextMenuModule.load();
  }, [menuOpen]);

  const { reveal, keep } = useRevealed(
    collapseInactive,
    focusRequest?.peek ? focusRequest.id : null,
  );
  const tree = useMemo(
    () =>
      visibleTree(project, {
        filter,
        collapseInactive,
        expandedGroups: new Set(expandedGroups),
        reveal,
      }),
    [project, filter, collapseInactive, expandedGroups, reveal],
  );
  const positions = useMemo(() => layoutTree(tree.items, direction), [tree, direction]);
  // A selection (or a search result) inside a folded group comes out of it.
  for (const id of [selectedId, focusRequest?.id ?? null]) {
    if (
      id !== null &&
      collapseInactive &&
      !reveal.has(id) &&
      !Object.hasOwn(positions, id) &&
      tableHas(project.environments, id)
    ) {
      keep(id);
      break;
    }
  }
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
  const keyEnvironments = useMemo(() => tree.environments.filter(isKey), [tree]);
  const keyIds = useMemo(() => keyEnvironments.map((e) => e.id), [keyEnvironments]);
  // The selection is labelled first when the diagram is zoomed out.
  const labelled = useMemo(() => {
    const selected = tree.environments.find((e) => e.id === selectedId);
    return selected
      ? [selected, ...keyEnvironments.filter((e) => e !== selected)]
      : keyEnvironments;
  }, [tree, keyEnvironments, selectedId]);
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
  const visibleOnly = nodes.length >= VISIBLE_ONLY_FROM;
  // An export draws every node while it takes its image (see ExportButtons); counted, as
  // two exports may overlap.
  const [exporting, setExporting] = useState(0);
  const drawEverything = useCallback(
    (on: boolean) => setExporting((n) => Math.max(0, n + (on ? 1 : -1))),
    [],
  );

  // The selection the view last followed (see the effects below).
  const lastSelected = useRef<EnvironmentId | null>(null);
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      for (const change of changes) {
        if (change.type === 'select' && change.selected) {
          // Clicked on the canvas: it is in view already, and may be about to be dragged.
          lastSelected.current = change.id;
          select(change.id);
        } else onDragMove(change);
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

  // Only a move the user makes comes with an event (not ours, nor a focus request's).
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) userMoved.current = true;
  }, []);

  const onNodeContextMenu = useCallback((event: React.MouseEvent, node: FlowNode) => {
    if (node.type !== 'environment') return;
    event.preventDefault();
    const { select, openContextMenu } = useAppStore.getState();
    select(node.id);
    openContextMenu({ env: node.id, at: { x: event.clientX, y: event.clientY } });
  }, []);

  // What the view is framed by, read when it is framed (not a reason to frame again).
  const latest = useRef({ positions, keyIds, selectedId, tree, filter });
  latest.current = { positions, keyIds, selectedId, tree, filter };

  // Frame the view when the pane is first ready and whenever what is shown changes as a whole:
  // a new tree (opened, imported, pasted, undone back), the filter, folding or the direction.
  // The whole tree if its titles read at its fit; else the production line, the active
  // branches and the selection; else the selection (or the root, or a match) at a zoom where
  // titles read.
  const frameKey = `${newTrees}|${filter.role}|${filter.status}|${collapseInactive}|${direction}`;
  // A pane that changes size (the page settling, a panel opening) is framed again, until the
  // user moves the view themselves.
  const paneSize = useStore(selectPaneSize);
  const framedKey = useRef<string | null>(null);
  const framedSize = useRef<string | null>(null);
  const userMoved = useRef(false);
  const [framed, setFramed] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const resized = framedSize.current !== paneSize && !userMoved.current;
    if (framedKey.current === frameKey && !resized) return;
    framedKey.current = frameKey;
    framedSize.current = paneSize;
    userMoved.current = false;
    const { positions, keyIds, selectedId, tree, filter } = latest.current;
    const selected =
      selectedId !== null && Object.hasOwn(positions, selectedId) ? selectedId : null;
    const root = tree.environments[0]?.id ?? null;
    const filtering = filter.role !== 'all' || filter.status !== 'all';
    // Filtered, what was found is what to show: the selection if it is among it, else the
    // first match.
    const match = (id: EnvironmentId | null) =>
      tree.environments.find((env) => (id === null || env.id === id) && matchesFilter(env, filter))
        ?.id ?? null;
    const { width, height } = flowStore.getState();
    void setViewport(
      frameView({
        positions,
        sets: filtering ? [null] : [null, selected === null ? keyIds : [...keyIds, selected]],
        anchor: filtering ? (match(selected) ?? match(null) ?? root) : (selected ?? root),
        screen: { width, height },
        direction,
      }),
    );
    lastSelected.current = selected;
    setFramed(true);
  }, [ready, frameKey, paneSize, direction, flowStore, setViewport]);

  // Centre an environment when search (or anything else) asks for it, once per request, as
  // soon as it is drawn (it may first have to come out of a fold).
  const handledFocus = useRef(0);
  useEffect(() => {
    if (!focusRequest || focusRequest.n === handledFocus.current) return;
    const p = Object.hasOwn(positions, focusRequest.id) ? positions[focusRequest.id] : undefined;
    if (!p && collapseInactive && !reveal.has(focusRequest.id)) return;
    handledFocus.current = focusRequest.n;
    if (!p) return;
    if (focusRequest.id === selectedId) lastSelected.current = selectedId;
    userMoved.current = true;
    void setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, {
      zoom: Math.max(getZoom(), 0.9),
      duration: 300,
    });
  }, [focusRequest, positions, reveal, collapseInactive, selectedId, setCenter, getZoom]);

  // A new selection that is off screen (a deep link, a new branch, the list, the palette) is
  // brought into view, by the least move that shows it whole; one on screen leaves the view
  // alone.
  useEffect(() => {
    if (!ready || selectedId === lastSelected.current) return;
    if (selectedId === null) {
      lastSelected.current = null;
      return;
    }
    const p = Object.hasOwn(positions, selectedId) ? positions[selectedId] : undefined;
    if (!p) return;
    lastSelected.current = selectedId;
    const { transform, width, height } = flowStore.getState();
    const [x, y, zoom] = transform;
    const next = scrolledIntoView(p, { x, y, zoom }, { width, height });
    if (next === null) return;
    userMoved.current = true;
    void setViewport(next, { duration: 300 });
  }, [ready, selectedId, positions, flowStore, setViewport]);

  return (
    <ReactFlow
      className={`detail-${detail}${drag ? ' merge-dragging' : ''}${framed ? '' : ' canvas-unframed'}`}
      nodes={nodes}
      edges={flow.edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onNodeClick={onNodeClick}
      onNodeContextMenu={onNodeContextMenu}
      onMoveStart={onMoveStart}
      onNodeDragStart={onNodeDragStart}
      onNodeDragStop={onNodeDragStop}
      nodesConnectable={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      onlyRenderVisibleElements={visibleOnly && exporting === 0}
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={MIN_ZOOM}
      aria-label="Environment tree"
      colorMode={colorMode}
      // Arrowheads take --xy-edge-stroke (the palette's) rather than a fixed colour.
      defaultMarkerColor={null}
    >
      <DrawEverything value={drawEverything}>{STATIC_PANELS}</DrawEverything>
      {nodes.length < MINIMAP_UNTIL && !narrow && <TreeMiniMap />}
      <KeyLabels environments={labelled} positions={positions} direction={direction} />
      {menu && <menu.NodeContextMenu />}
    </ReactFlow>
  );
}
