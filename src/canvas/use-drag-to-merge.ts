import { type NodeChange, type OnNodeDrag, useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { Point } from '../domain/layout';
import { tableGet } from '../domain/table';
import type { EnvironmentId } from '../domain/types';
import { useAppStore } from '../store/app-store';
import { selectProject } from '../store/selectors';
import { dropModule } from './drop-module';
import type { FlowNode } from './flow-types';

export type Drag = Readonly<{ id: EnvironmentId; position: Point; target: EnvironmentId | null }>;

/**
 * Drag a branch onto its parent to merge it: while dragging, the node follows the pointer and
 * the valid target (if any) is known; on drop it merges, is refused with the platform's
 * reason, or springs back. The drag lives here, outside the store, so it is no undo entry.
 */
export function useDragToMerge(dropPositions: Readonly<Record<EnvironmentId, Point>>) {
  const { screenToFlowPosition } = useReactFlow<FlowNode>();
  const [drag, setDrag] = useState<Drag | null>(null);

  const onDragMove = useCallback((change: NodeChange<FlowNode>) => {
    if (change.type !== 'position' || !change.dragging || !change.position) return;
    const position = change.position;
    setDrag((current) => (current?.id === change.id ? { ...current, position } : current));
  }, []);

  const onNodeDragStart: OnNodeDrag<FlowNode> = useCallback(async (_event, node) => {
    setDrag({ id: node.id, position: node.position, target: null });
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
  }, []);

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    async (event, node) => {
      setDrag(null);
      const pointer = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!pointer) return;
      const point = screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
      const { dropOutcome, nodeAt } = dropModule.get() ?? (await dropModule.load());
      const target = nodeAt(dropPositions, point, node.id);
      const state = useAppStore.getState();
      const outcome = dropOutcome(selectProject(state), node.id, target);
      if (outcome.kind === 'merge') state.run('merge', { env: node.id });
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
