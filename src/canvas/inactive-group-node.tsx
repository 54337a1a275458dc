import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../store/app-store';
import type { GroupFlowNode } from './flow-types';

function InactiveGroupNodeView({ data, sourcePosition = Position.Top }: NodeProps<GroupFlowNode>) {
  const { group } = data;
  const expandGroup = useAppStore((s) => s.expandGroup);
  const count = group.members.length;
  return (
    <div className="group-node">
      <Handle type="source" position={sourcePosition} isConnectable={false} />
      <button
        type="button"
        className="group-node__button nodrag"
        title={group.members.join(', ')}
        onClick={() => expandGroup(group.parentId)}
      >
        {count} inactive
        <span className="group-node__hint">under {group.parentId}: show them</span>
      </button>
    </div>
  );
}

export const InactiveGroupNode = memo(InactiveGroupNodeView);
