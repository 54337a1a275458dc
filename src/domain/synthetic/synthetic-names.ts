import { pickOne, type Random } from './mulberry32';

const KINDS = [
  { prefix: 'feature', label: 'feature' },
  { prefix: 'fix', label: 'fix' },
  { prefix: 'hotfix', label: 'hotfix' },
  { prefix: 'release', label: 'release' },
  { prefix: 'exp', label: 'experiment' },
] as const;

const TOPICS = [
  'cart',
  'catalog',
  'search',
  'payment',
  'shipping',
  'invoice',
  'theme',
  'checkout',
  'customer',
  'wishlist',
  'review',
  'promo',
  'tax',
  'import',
  'sitemap',
  'cms',
] as const;

/** Branch name and title of the `index`-th synthetic branch, e.g. `fix-cart-42`, "Cart fix 42". */
export function syntheticBranch(
  random: Random,
  index: number,
): Readonly<{ id: string; title: string }> {
  const kind = pickOne(random, KINDS);
  const topic = pickOne(random, TOPICS);
  return {
    // The index keeps names unique; none of them is a fixed or default branch name.
    id: `${kind.prefix}-${topic}-${index}`,
    title: `${topic[0]?.toUpperCase()}${topic.slice(1)} ${kind.label} ${index}`,
  };
}
