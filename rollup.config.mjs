import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// Input is tsc's output in lib/ (npm run build runs tsc first). Lit's production build is picked by
// node-resolve's default export conditions.
const terserOptions = {
  ecma: 2021,
  compress: { passes: 2, unsafe_arrows: true },
  format: { comments: false },
};

export default {
  input: 'lib/news-widgets.js',
  // Whitespace and comments inside html`` and css`` templates are bytes that every reader downloads.
  plugins: [nodeResolve(), minifyTemplateLiterals()],
  output: [
    {
      file: 'dist/news-widgets.js',
      format: 'iife',
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
    {
      file: 'dist/news-widgets.mjs',
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ...terserOptions, module: true })],
    },
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
