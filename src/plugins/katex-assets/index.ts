import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {RuleSetRule} from 'webpack';

/** KaTeX font files; they must load on demand, never inline in the CSS. */
const KATEX_FONT = /[\\/]katex[\\/]dist[\\/]fonts[\\/][^\\/]+\.(?:woff2?|ttf)$/;

/**
 * Self-hosts KaTeX's stylesheet and fonts from the `katex` package. The
 * default font rule inlines files under 10 KB as base64, which would put
 * about 119 KB of fonts into the render-blocking stylesheet; here KaTeX fonts
 * are emitted as separate files that a browser fetches only for math.
 */
export default function katexAssetsPlugin(_context: LoadContext): Plugin {
  return {
    name: 'katex-assets',
    getClientModules() {
      return [fileURLToPath(new URL('./client.ts', import.meta.url))];
    },
    configureWebpack(config) {
      for (const rule of config.module?.rules ?? []) {
        if (isFontRule(rule)) {
          rule.exclude = KATEX_FONT;
        }
      }
      return {
        module: {
          rules: [
            {
              test: KATEX_FONT,
              type: 'asset/resource',
              generator: {filename: 'assets/fonts/[name]-[contenthash][ext]'},
            },
          ],
        },
      };
    },
  };
}

function isFontRule(rule: unknown): rule is RuleSetRule {
  const test = (rule as RuleSetRule | null)?.test;
  return test instanceof RegExp && test.test('font.woff2');
}
