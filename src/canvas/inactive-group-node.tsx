import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../store/app-store';
import type { GroupFlowNode } from './flow-types';

function InactiveGroupNodeView({ data }: NodeProps<GroupFlowNode>) {
  const { group } = data;
  const vertical = useAppStore((s) => s.direction === 'TB');
  const expandGroup = useAppStore((s) => s.expandGroup);
  const count = group.members.length;
  return (
    <div className="group-node">
      <Handle
        type="source"
        position={vertical ? Position.Top : Position.Left}
        isConnectable={false}
      />
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
