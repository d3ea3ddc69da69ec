import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromePath, chromeArgs } from './tools/chrome-path.mjs';
import { summaryReporter } from './tools/summary-reporter.mjs';
import { testServer } from './tests/server/test-server.mjs';
import { readmeExamples } from './tests/server/examples.mjs';

/** Every test sees the same clock zone and language, so that date tests cannot flake. */
export const TEST_TIME_ZONE = 'America/New_York';
process.env.TZ = TEST_TIME_ZONE;

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(TEST_TIME_ZONE);
        return page;
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), ...testServer(), readmeExamples()],
  reporters: [defaultReporter(), summaryReporter()],
};
