/** A row of `magento-cloud environment:list`'s table: `depth` is its indentation in the tree. */
export type ListedEnvironment = Readonly<{
  id: string;
  title: string;
  status: 'Active' | 'Inactive' | 'In progress';
  type: 'production' | 'staging' | 'development';
  depth: number;
  current?: boolean;
}>;

/** The table `magento-cloud environment:list` prints for these rows, borders and all. */
export function environmentListTable(project: string, rows: readonly ListedEnvironment[]): string {
  const cells = rows.map((row) => [
    `${'  '.repeat(row.depth)}${row.id}${row.current ? '*' : ''}`,
    row.title,
    row.status,
    row.type,
  ]);
  const header = ['ID', 'Title', 'Status', 'Type'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const border = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  return [
    `Environments in the project ${project} (lrgproj60abcd):`,
    border,
    line(header),
    border,
    ...cells.map(line),
    border,
    '* - Indicates the current environment',
    '',
  ].join('\n');
}

/**
 * A real-looking Starter project of 60 environments, as issue 15 asks to try: master over
 * staging, two active feature branches, and 56 inactive ones, some with branches of their
 * own. The current one (`*`) is an inactive branch two levels under staging.
 */
export function sixtyEnvironmentRows(): ListedEnvironment[] {
  const rows: ListedEnvironment[] = [
    { id: 'master', title: 'Production', status: 'Active', type: 'production', depth: 0 },
    { id: 'staging', title: 'Staging', status: 'Active', type: 'staging', depth: 1 },
    { id: 'checkout-v2', title: 'Checkout v2', status: 'Active', type: 'development', depth: 2 },
    { id: 'search-boost', title: 'Search boost', status: 'Active', type: 'development', depth: 2 },
  ];
  for (let i = 1; rows.length < 60; i++) {
    rows.push({
      id: `old-campaign-${i}`,
      title: `Old campaign ${i}`,
      status: 'Inactive',
      type: 'development',
      depth: 2,
    });
    // Every fourth campaign had a fix branched from it, long since stopped.
    if (i % 4 === 0 && rows.length < 60)
      rows.push({
        id: `campaign-${i}-fix`,
        title: `Campaign ${i} fix`,
        status: 'Inactive',
        type: 'development',
        depth: 3,
        current: i === 24,
      });
  }
  return rows;
}

/** The id and title of the current environment of sixtyEnvironmentRows. */
export const SIXTY_CURRENT = { id: 'campaign-24-fix', title: 'Campaign 24 fix' } as const;
