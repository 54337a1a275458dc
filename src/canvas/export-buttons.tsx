import { Panel, useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { useAppStore } from '../store/app-store';
import type { ImageFormat } from './export-diagram';

/** "Export PNG" and "Export SVG" of the whole diagram; the exporter loads on first use. */
export function ExportButtons() {
  const { getNodes } = useReactFlow();
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: ImageFormat) => {
    const { announce, plan } = useAppStore.getState();
    setBusy(true);
    try {
      const { renderDiagram, download } = await import('./export-diagram');
      download(await renderDiagram(getNodes(), format), `magento-cloud-${plan}.${format}`);
      announce(
        `Exported the ${plan === 'pro' ? 'Pro' : 'Starter'} diagram as ${format.toUpperCase()}.`,
      );
    } catch (error) {
      announce(
        `Could not export the diagram: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel position="bottom-right" className="export-buttons">
      <button type="button" disabled={busy} onClick={() => void exportAs('png')}>
        Export PNG
      </button>
      <button type="button" disabled={busy} onClick={() => void exportAs('svg')}>
        Export SVG
      </button>
    </Panel>
  );
}
