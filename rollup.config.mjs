import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * Our private members (`_name`, not Lit's `_$name`) get short names in the bundles. A name that also appears in a
 * string keeps its own, as the code may look it up by that string: decorators name their property in one
 * (`__decorate([state()], X.prototype, "_state")`), and feeds have `"_news"`.
 */
function mangledPrivates() {
  const properties = { regex: /^_(?!\$)/, reserved: [] };
  const plugin = {
    name: 'reserve-private-names-in-strings',
    renderChunk(code) {
      for (const [, name] of code.matchAll(/["'](_\w+)["']/g)) properties.reserved.push(name);
      return null;
    },
  };
  return { properties, plugin };
}

// Input is tsc's output in lib/ (npm run build runs tsc first). Lit's production build is picked by
// node-resolve's default export conditions.
function minify(options = {}) {
  const { properties, plugin } = mangledPrivates();
  return [
    plugin,
    terser({
      ecma: 2021,
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      mangle: { properties },
      format: { comments: false },
      ...options,
    }),
  ];
}

/** The languages that ship as their own small scripts beside the drop-in: dist/locales/de.js… */
const LOCALES = ['de', 'fr', 'es'];

const bundles = {
  input: 'lib/news-widgets.js',
  // Whitespace and comments inside html`` and css`` templates are bytes that every reader downloads. A run of white
  // space becomes one space but never goes away: a space at the edge of a template can be the one between two words
  // (" (opens in a new tab)") or where a line may wrap (after the " ·" separator). Quotes go where an attribute's
  // value does not need them (Lit's bindings work without).
  plugins: [nodeResolve(), minifyTemplateLiterals({ options: { minifyOptions: { conservativeCollapse: true, removeAttributeQuotes: true } } })],
  output: [
    {
      file: 'dist/news-widgets.js',
      format: 'iife',
      sourcemap: true,
      plugins: minify(),
    },
    {
      file: 'dist/news-widgets.mjs',
      format: 'es',
      sourcemap: true,
      plugins: minify({ module: true }),
    },
  ],
  onwarn,
};

function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export default [
  bundles,
  ...LOCALES.map((lang) => ({
    input: `lib/locales/${lang}.js`,
    output: { file: `dist/locales/${lang}.js`, format: 'iife', sourcemap: true, plugins: minify() },
    onwarn,
  })),
];
