import { type Rule, SOURCES } from '../domain/plans';

/**
 * Rules as the panel states them, each with the document it comes from: the S-number at a
 * glance, the document's name on hover and for screen readers.
 */
export function RuleList({ label, rules }: { label: string; rules: readonly Rule[] }) {
  return (
    <ul className="notes" aria-label={label}>
      {rules.map((rule) => (
        <li key={rule.text}>
          {rule.text}{' '}
          <cite className="rule__source" title={SOURCES[rule.source]}>
            {rule.source}
            <span className="visually-hidden">: {SOURCES[rule.source]}</span>
          </cite>
        </li>
      ))}
    </ul>
  );
}
