// Entry of the explorer: start the app once the page has loaded; a failure shows one clear line.
import { App } from './views/app.ts';

const app = new App();
app.start().catch((err: unknown) => {
  app.fail(new Error(`加载失败 Failed to load: ${(err as Error).message}`));
});
window.addEventListener('pagehide', () => app.kill());
