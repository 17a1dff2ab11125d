// `vite build` writes the default page into index.html (renderDefaultPage.tsx): the visitor sees the first chart and
// its controls before any script has run. It runs as the HTML is emitted, before the service worker's precache list
// is made, so the offline copy of index.html is this one.
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const ROOT_ELEMENT = '<div id="root"></div>';
const ENTRY = fileURLToPath(new URL('./renderDefaultPage.tsx', import.meta.url));

const renderWithVite = async (root: string): Promise<string> => {
  // Its own loader, with no config file (this plugin would load itself), compiling the app's modules for Node.
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [react()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    // Its package is CommonJS with ES modules in a folder, which Node cannot import as they are.
    ssr: { noExternal: ['echarts-for-react'] },
  });
  try {
    const { renderDefaultPage } = (await server.ssrLoadModule(ENTRY)) as typeof import('./renderDefaultPage.tsx');
    return await renderDefaultPage(root);
  } finally {
    await server.close();
  }
};

export const prerenderDefaultPage = (): Plugin => {
  let root = process.cwd();
  return {
    name: 'prerender-default-page',
    apply: 'build',
    configResolved: (config) => void (root = config.root),
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`prerender: index.html has no ${ROOT_ELEMENT}`);
        // Inert (and marked disabled, for tools that wait for controls to be enabled) until the app has taken the page
        // over: a choice made in the built page before then would be lost (src/app/InteractiveMark.tsx lifts it).
        return html.replace(ROOT_ELEMENT, `<div id="root" inert aria-disabled="true">${await renderWithVite(root)}</div>`);
      },
    },
  };
};
