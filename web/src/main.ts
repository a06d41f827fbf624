// Entry of the explorer: start the app once the page has loaded; a failure shows one clear line.
import { App } from './views/app.ts';
import { showExtractorBanner } from './views/extractor-banner.ts';

const app = new App();
app.start().catch((err: unknown) => {
  app.fail(new Error(`加载失败 Failed to load: ${(err as Error).message}`));
});
window.addEventListener('pagehide', () => app.kill());
// Independent of the graph: a degraded server is announced even when the graph fails to load.
showExtractorBanner().catch((err: unknown) => console.warn('web/src/main: /api/health did not answer; the extraction banner is not shown', err));
