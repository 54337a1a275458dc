import type { EnvironmentId, OperationResult, Project } from '../types';
import { appendActivity } from './append-activity';
import type { OperationType } from './operation-type';

export type SuccessRecord = Readonly<{
  type: OperationType;
  environment: EnvironmentId;
  /** The log's short text, e.g. "merged into staging". */
  activity: string;
}>;

/**
 * Completes an operation whose changes are in `changed` (clock not yet advanced): advances
 * the clock, logs the success and returns `message` for the status line.
 */
export function succeed(changed: Project, record: SuccessRecord, message: string): OperationResult {
  const project = appendActivity(changed, {
    type: record.type,
    environment: record.environment,
    result: 'success',
    message: record.activity,
  });
  return { project, message };
}
