import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './theme.css';
import './styles.css';
import { rulesOf } from '../domain/plans';
import { readSyntheticParams } from '../domain/synthetic/synthetic-params';
import { startPersistence } from '../persistence/autosave';
import { browserStorage, keepDeploySpeed, NOT_SAVED_NOTE } from '../persistence/storage';
import { useAppStore } from '../store/app-store';
import { startTheme } from '../store/theme';
import { App } from './app';

// First, before anything is drawn: a theme chosen over the system's is on <html> already.
startTheme();

const synthetic = readSyntheticParams(window.location.search);
if (synthetic) {
  // A generated project (`?synthetic=1000`, for benchmarks and large trees) is never saved,
  // so it cannot overwrite the user's own.
  const { generateSyntheticProject } = await import(
    '../domain/synthetic/generate-synthetic-project'
  );
  const { plan, size, seed } = synthetic;
  const store = useAppStore.getState();
  const project = generateSyntheticProject(plan, size, seed);
  store.replaceProject(project);
  store.announce(
    `Showing a generated ${rulesOf(project).label} project of ${size} environments; it is not saved.`,
  );
  useAppStore.temporal.getState().clear();
} else {
  // The saved project is read before the first render, so a returning user never sees the default.
  startPersistence(useAppStore);
  if (browserStorage() === null) useAppStore.getState().announce(NOT_SAVED_NOTE);
}

keepDeploySpeed(useAppStore, window.location.search);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
