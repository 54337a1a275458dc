import type { EnvironmentId, OperationError, Project } from '../types';
import { appendActivity } from './append-activity';
import type { OperationType } from './operation-type';

export type RefusedAttempt = Readonly<{
  type: OperationType;
  environment: EnvironmentId;
  error: OperationError;
}>;

/**
 * The project with a refused attempt in its activity log (result "refused", the reason as
 * message), one tick later. Operations never log their own refusals, since a refused
 * operation leaves the project as it was; the UI calls this where the log should show one.
 */
export function recordRefusal(project: Project, attempt: RefusedAttempt): Project {
  return appendActivity(project, {
    type: attempt.type,
    environment: attempt.environment,
    result: 'refused',
    message: attempt.error.message,
  });
}
