/** The activity log's `type` of each operation. */
export type OperationType =
  | 'branch'
  | 'merge'
  | 'sync'
  | 'activate'
  | 'deactivate'
  | 'delete'
  | 'redeploy'
  | 'snapshot'
  | 'commit'
  | 'variable';
