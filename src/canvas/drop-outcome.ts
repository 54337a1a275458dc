import { NODE_HEIGHT, NODE_WIDTH, type Point } from '../domain/layout';
import { mergeEnvironment } from '../domain/operations/merge-environment';
import { tableGet } from '../domain/table';
import type { EnvironmentId, OperationError, Project } from '../domain/types';

export type DropOutcome =
  | { kind: 'merge' }
  | { kind: 'refuse'; error: OperationError }
  | { kind: 'spring-back'; message: string };

/** The environment whose node lies under a point of the diagram, other than `except`. */
export function nodeAt(
  positions: Readonly<Record<EnvironmentId, Point>>,
  point: Point,
  except: EnvironmentId,
): EnvironmentId | null {
  for (const [id, p] of Object.entries(positions)) {
    if (id === except) continue;
    const inside =
      point.x >= p.x &&
      point.x <= p.x + NODE_WIDTH &&
      point.y >= p.y &&
      point.y <= p.y + NODE_HEIGHT;
    if (inside) return id;
  }
  return null;
}

/** Why dragging this environment cannot merge it, or null when its parent is a valid target. */
export function mergeRefusal(project: Project, child: EnvironmentId): OperationError | null {
  const result = mergeEnvironment(project, { env: child });
  return 'error' in result ? result.error : null;
}

/**
 * What dropping `child` on `target` (or on empty canvas) does: merge into the parent, a
 * refusal with the platform's reason, or a silent spring back with a hint.
 */
export function dropOutcome(
  project: Project,
  child: EnvironmentId,
  target: EnvironmentId | null,
): DropOutcome {
  const parent = tableGet(project.environments, child)?.parentId ?? null;
  if (target !== null && target === parent) return { kind: 'merge' };
  const refusal = mergeRefusal(project, child);
  if (target === null) {
    return {
      kind: 'spring-back',
      message: refusal
        ? refusal.message
        : `${child} went back: drop it onto its parent ${parent} to merge.`,
    };
  }
  if (refusal) return { kind: 'refuse', error: refusal };
  return {
    kind: 'refuse',
    error: {
      code: 'wrong-target',
      message: `${child} can only merge into its parent ${parent}, not ${target}: code moves up the tree one step at a time.`,
    },
  };
}
