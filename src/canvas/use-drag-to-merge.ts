import { type NodeChange, type OnNodeDrag, useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { LayoutDirection, Point } from '../domain/layout';
import { tableGet } from '../domain/table';
import type { EnvironmentId } from '../domain/types';
import { selectProject, useAppStore } from '../store/app-store';
import { runCommand } from '../store/commands';
import { lazyModule } from '../store/lazy-module';
import type { FlowNode, MergeFlowEdge } from './flow-types';
import { nodeGeometry } from './node-display';
import { startTransientDrag, type TransientDrag } from './transient-drag';

/** The drag-to-merge logic, loaded on demand (it runs merges, which parse YAML). */
export const dropModule = lazyModule(() => import('./drop-outcome'));

export type Drag = Readonly<{ id: EnvironmentId; target: EnvironmentId | null }>;

export type DragToMergeInput = Readonly<{
  /** Where each environment's node is: the places a drop can land on. */
  dropPositions: Readonly<Record<EnvironmentId, Point>>;
  /** Where every node is, folded groups included (their paths move with a dragged parent). */
  positions: Readonly<Record<string, Point>>;
  edges: readonly MergeFlowEdge[];
  direction: LayoutDirection;
}>;

/**
 * Drag a branch onto its parent to merge it: while dragging, the node follows the pointer and
 * the valid target (if any) is known; on drop it merges, is refused with the platform's
 * reason, or springs back. The drag lives here, outside the store, so it is no undo entry;
 * the moving node itself is written straight to the DOM (see transient-drag.ts), so React
 * renders a drag twice, at its start and its end, not on every pointer move.
 */
export function useDragToMerge({ dropPositions, positions, edges, direction }: DragToMergeInput) {
  const { screenToFlowPosition } = useReactFlow<FlowNode>();
  const [drag, setDrag] = useState<Drag | null>(null);
  const moving = useRef<TransientDrag | null>(null);

  const onDragMove = useCallback((change: NodeChange<FlowNode>) => {
    if (change.type !== 'position' || !change.dragging || !change.position) return;
    moving.current?.move(change.position);
  }, []);

  const onNodeDragStart: OnNodeDrag<FlowNode> = useCallback(
    async (event, node) => {
      moving.current?.end();
      const root = (event.target as Element | null)?.closest('.react-flow') ?? document;
      moving.current = startTransientDrag(
        root,
        node.id,
        edges,
        positions,
        nodeGeometry(direction, true),
      );
      setDrag({ id: node.id, target: null });
      // The merge logic parses YAML, so it loads on demand (it is usually prefetched).
      const { mergeRefusal } = dropModule.get() ?? (await dropModule.load());
      const state = useAppStore.getState();
      const current = selectProject(state);
      const refusal = mergeRefusal(current, node.id);
      const parent = tableGet(current.environments, node.id)?.parentId ?? null;
      setDrag((d) => (d?.id === node.id ? { ...d, target: refusal ? null : parent } : d));
      state.announce(
        refusal ? refusal.message : `Dragging ${node.id}: drop it onto ${parent} to merge.`,
      );
    },
    [edges, positions, direction],
  );

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    async (event, node) => {
      moving.current?.end();
      moving.current = null;
      setDrag(null);
      const pointer = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!pointer) return;
      const point = screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
      const { dropOutcome, nodeAt } = dropModule.get() ?? (await dropModule.load());
      const target = nodeAt(dropPositions, point, node.id);
      const state = useAppStore.getState();
      const outcome = dropOutcome(selectProject(state), node.id, target);
      if (outcome.kind === 'merge') runCommand('merge', node.id);
      else if (outcome.kind === 'refuse') state.refuse('merge', node.id, outcome.error);
      else state.announce(outcome.message);
    },
    [dropPositions, screenToFlowPosition],
  );

  return useMemo(
    () => ({ drag, onDragMove, onNodeDragStart, onNodeDragStop }),
    [drag, onDragMove, onNodeDragStart, onNodeDragStop],
  );
}
