import { Panel, useReactFlow } from '@xyflow/react';
import { createContext, useContext } from 'react';
import { CommandButton } from '../components/command-button';
import { useUiRequest } from '../components/use-ui-request';
import { EDITION_LABEL, planRules, roleRulesOf } from '../domain/plans';
import { tableValues } from '../domain/table';
import { type Project, ROLES } from '../domain/types';
import { selectProject, useAppStore } from '../store/app-store';
import type { ExportCaption, ImageFormat } from './export-diagram';
import { ROLE_STYLE } from './node-display';

const EXPORTS = ['export-png', 'export-svg'] as const;

/**
 * A large diagram draws only the nodes in view; an image holds them all, so the export asks
 * the canvas to draw every node until the image is taken (`true`, then `false`).
 */
export const DrawEverything = createContext<(on: boolean) => void>(() => {});

/**
 * More nodes than this are not drawn for an image: 20 000 took minutes to mount, and
 * html-to-image copies every computed style of every element (1000 nodes: about two
 * minutes on the benchmark's machine).
 */
const EXPORT_MAX_NODES = 5000;

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

/** The image's caption: the project, its plan and rules, today, and the roles it draws. */
function captionOf(project: Project): ExportCaption {
  const drawn = new Set(tableValues(project.environments).map((e) => e.role));
  return {
    title: project.title,
    subtitle: `${planRules(project.plan, project.edition).label} plan · ${EDITION_LABEL[project.edition]} rules`,
    date: new Date().toISOString().slice(0, 10),
    legend: ROLES.filter((role) => drawn.has(role)).map((role) => ({
      label: roleRulesOf(project, role).label,
      ...ROLE_STYLE[role],
    })),
  };
}

export function ExportButtons() {
  const { getNodes } = useReactFlow();
  const drawEverything = useContext(DrawEverything);
  useUiRequest(EXPORTS, (kind) => {
    const format: ImageFormat = kind === 'export-png' ? 'png' : 'svg';
    const state = useAppStore.getState();
    const { announce, plan } = state;
    const caption = captionOf(selectProject(state));
    const nodes = getNodes();
    if (nodes.length > EXPORT_MAX_NODES) {
      announce(
        `Could not export the diagram: it has ${nodes.length} nodes, and an image holds at most ${EXPORT_MAX_NODES}. Fold inactive branches or filter the tree first.`,
      );
      return;
    }
    void (async () => {
      drawEverything(true);
      try {
        const { renderDiagram, download } = await import('./export-diagram');
        const image = await renderDiagram(nodes, format, caption);
        download(image, `magento-cloud-${plan}.${format}`);
        announce(`Exported the ${planRules(plan).label} diagram as ${format.toUpperCase()}.`);
      } catch (error) {
        announce(`Could not export the diagram: ${failureText(error)}`);
      } finally {
        drawEverything(false);
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
