import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { generateSyntheticProject } from '../../src/domain/synthetic/generate-synthetic-project';
import {
  MIN_SYNTHETIC_SIZE,
  readSyntheticParams,
} from '../../src/domain/synthetic/synthetic-params';
import { BareFlow } from './bare-flow';
import { bareTree } from './bare-tree';

// `?plan=starter&synthetic=1000&seed=1` gives the tree the app draws for the same parameters;
// `w` and `h` (pixels) size the canvas like the app's, the whole window otherwise.
const search = window.location.search;
const params = readSyntheticParams(search) ?? {
  plan: 'starter',
  size: MIN_SYNTHETIC_SIZE,
  seed: 1,
};
const query = new URLSearchParams(search);
const pixels = (name: string, fallback: string) => {
  const value = Number(query.get(name));
  return Number.isFinite(value) && value > 0 ? `${value}px` : fallback;
};

performance.mark('bare:prepare-start');
const { nodes, edges } = bareTree(generateSyntheticProject(params.plan, params.size, params.seed));
performance.measure('bare:prepare', 'bare:prepare-start');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <BareFlow
      nodes={nodes}
      edges={edges}
      width={pixels('w', '100vw')}
      height={pixels('h', '100vh')}
    />
  </StrictMode>,
);
