import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { startPersistence } from '../persistence/start-persistence';
import { useAppStore } from '../store/app-store';
import { App } from './app';

// The saved project is read before the first render, so a returning user never sees the default.
startPersistence(useAppStore);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
