import type { OperationError, OperationResult } from '../types';

export type OperationFailure = Extract<OperationResult, { error: OperationError }>;

/** A refused request: `code` is stable for tests, `message` is a sentence for the user. */
export function refuse(code: string, message: string): OperationFailure {
  return { error: { code, message } };
}
