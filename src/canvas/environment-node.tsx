import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { EnvironmentFlowNode } from './flow-types';
import { ROLE_STYLE } from './node-display';

function EnvironmentNodeView({
  data,
  selected,
  sourcePosition = Position.Top,
  targetPosition = Position.Bottom,
}: NodeProps<EnvironmentFlowNode>) {
  const { env, roleLabel } = data;
  const style = ROLE_STYLE[env.role];
  const inactive = env.status === 'inactive';
  return (
    <div
      className={`env-node${inactive ? ' env-node--inactive' : ''}${selected ? ' env-node--selected' : ''}`}
      style={{ '--role-color': style.color } as React.CSSProperties}
    >
      <Handle type="target" position={targetPosition} isConnectable={false} />
      <div className="env-node__role">
        <span aria-hidden="true">{style.icon}</span> {roleLabel}
      </div>
      <div className="env-node__title">{env.title}</div>
      <div className="env-node__meta">
        <code>{env.id}</code>
        <span className={`env-node__status env-node__status--${env.status}`}>{env.status}</span>
      </div>
      {env.deployState && (
        <div
          className={`env-node__deploy env-node__deploy--${env.deployState.kind}`}
          title={env.deployState.label}
        >
          {env.deployState.label}
        </div>
      )}
      <Handle type="source" position={sourcePosition} isConnectable={false} />
    </div>
  );
}

export const EnvironmentNode = memo(EnvironmentNodeView);
