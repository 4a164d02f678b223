import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const stub = (name: string) =>
  fileURLToPath(new URL(`./tests/unit/stubs/${name}`, import.meta.url));

export default defineConfig({
  // Docusaurus's tsconfig preserves JSX for its bundler; tests compile it.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: {
      '@site': fileURLToPath(new URL('.', import.meta.url)),
      // Docusaurus aliases resolved by its bundler; tests use small stand-ins.
      '@docusaurus/Link': stub('Link.tsx'),
      '@docusaurus/useBrokenLinks': stub('useBrokenLinks.ts'),
      '@docusaurus/useBaseUrl': stub('useBaseUrl.ts'),
      '@theme/Heading': stub('Heading.tsx'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
