import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

const isZod = (id: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(id);

/**
 * Finds the modules that need zod when they load: zod and whatever imports it statically, directly
 * or through other modules. The forms validate with the server's zod schemas, but the start page and
 * the report form do not, so these modules get a chunk of their own that only the pages with such
 * forms load. A module that imports zod only dynamically does not count.
 */
function zodDependents(): { plugin: Plugin; test: (id: string) => boolean } {
  const imports = new Map<string, readonly string[]>();
  let dependents: Set<string> | undefined;
  const collect = () => {
    const importers = new Map<string, string[]>();
    for (const [id, imported] of imports)
      for (const dependency of imported) importers.set(dependency, [...(importers.get(dependency) ?? []), id]);
    const found = new Set([...imports.keys()].filter(isZod));
    const queue = [...found];
    for (let id = queue.pop(); id !== undefined; id = queue.pop())
      for (const importer of importers.get(id) ?? [])
        if (!found.has(importer)) {
          found.add(importer);
          queue.push(importer);
        }
    return found;
  };
  return {
    plugin: {
      name: 'samverkan:zod-dependents',
      apply: 'build',
      moduleParsed(info) {
        imports.set(info.id, info.importedIds);
      },
    },
    // Chunking runs after every module is parsed, so the graph is complete at the first call.
    test: (id) => (dependents ??= collect()).has(id),
  };
}

const zod = zodDependents();

export default defineConfig({
  root: webRoot,
  plugins: [react(), zod.plugin],
  resolve: {
    // The server's browser-safe schema files type the client and validate its forms.
    alias: { '@server': fileURLToPath(new URL('../src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // The first page loads the shell (react, vendor, app, index) and its own chunk with what it
        // shares with other pages; the charts and the zod forms come only with the pages that use
        // them. Libraries change less often than the app, so they get long-lived cacheable chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'vendor', test: /node_modules/, tags: ['$initial'] },
            { name: 'app', test: /[\\/](web|src)[\\/]/, tags: ['$initial'], minShareCount: 2 },
            { name: 'charts', test: /node_modules[\\/](recharts|@mantine[\\/]charts)[\\/]/ },
            // Without their zod-free dependencies, which stay in the chunks below: those never
            // import this one, so no two chunks import each other.
            { name: 'forms', test: zod.test, minShareCount: 2, includeDependenciesRecursively: false },
            { name: 'vendor-shared', test: /node_modules/, minShareCount: 2 },
            { name: 'app-shared', test: /[\\/](web|src)[\\/]/, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
