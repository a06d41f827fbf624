// Export of the current view: PNG read back from sigma's single WebGL canvas right after a render
// (labels included, since sigma 4 draws them in WebGL), GEXF for Gephi and JSON.
import { download, viewToGexf, viewToJson, type Display } from '../core/export/index.ts';
import type { ExplorerGraph } from '../core/graph/index.ts';
import type { ExplorerRenderer } from './graph-view.ts';

export function exportView(format: 'png' | 'gexf' | 'json', renderer: ExplorerRenderer, graph: ExplorerGraph, isVisible: (id: string) => boolean): void {
  const display: Display = {
    isVisible,
    color: (id) => renderer.getNodeDisplayData(id)?.color ?? '#888888',
    size: (id) => renderer.getNodeDisplayData(id)?.size ?? 5,
  };
  if (format === 'gexf') return download('news-kg-view.gexf', viewToGexf(graph, display), 'application/xml');
  if (format === 'json') return download('news-kg-view.json', viewToJson(graph, display), 'application/json');
  renderer.once('afterRender', () => {
    const stage = renderer.getStageCanvas();
    const out = document.createElement('canvas');
    out.width = stage.width;
    out.height = stage.height;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(stage, 0, 0);
    out.toBlob((blob) => blob && download('news-kg-view.png', blob, 'image/png'), 'image/png');
  });
  renderer.refresh();
}
