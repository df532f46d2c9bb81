import { defineConfig } from 'vitest/config';
import { BUILD_TEST_TIMEOUT, TEST_SITE_URL } from './tests/helpers/build.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // The address the shared build is made for, as the tests read it from the environment.
          env: { SITE_URL: TEST_SITE_URL },
          globalSetup: ['tests/helpers/global-build.ts'],
          testTimeout: 60_000,
          // A hook that builds the site waits as long as a build may take on a loaded machine.
          hookTimeout: BUILD_TEST_TIMEOUT,
          fileParallelism: false,
          // A loaded two-core CI machine is slow: polls wait as long as a page may take.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
