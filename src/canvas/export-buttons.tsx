import { Panel, useReactFlow } from '@xyflow/react';
import { CommandButton } from '../components/command-button';
import { useUiRequest } from '../components/use-ui-request';
import { planRules } from '../domain/plans';
import { useAppStore } from '../store/app-store';
import type { ImageFormat } from './export-diagram';

const EXPORTS = ['export-png', 'export-svg'] as const;

/**
 * "Export PNG" and "Export SVG" of the whole diagram. The commands ask; this part, which can
 * see React Flow's nodes, does it. The exporter loads on first use.
 */
/** Why an export failed; html-to-image rejects with the image's error event, not an Error. */
function failureText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error instanceof Event) return `an image of it did not load (${error.type})`;
  return String(error);
}

export function ExportButtons() {
  const { getNodes } = useReactFlow();
  useUiRequest(EXPORTS, (kind) => {
    const format: ImageFormat = kind === 'export-png' ? 'png' : 'svg';
    const { announce, plan } = useAppStore.getState();
    void (async () => {
      try {
        const { renderDiagram, download } = await import('./export-diagram');
        download(await renderDiagram(getNodes(), format), `magento-cloud-${plan}.${format}`);
        announce(`Exported the ${planRules(plan).label} diagram as ${format.toUpperCase()}.`);
      } catch (error) {
        announce(`Could not export the diagram: ${failureText(error)}`);
      }
    })();
  });
  return (
    <Panel position="bottom-right" className="export-buttons">
      <CommandButton id="export-png" />
      <CommandButton id="export-svg" />
    </Panel>
  );
}
