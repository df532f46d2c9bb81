// The helper that builds the site for tests leaves nothing running when a build overstays.
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('buildSite', () => {
  it('kills a build that takes too long, with every process it started', async () => {
    // Two seconds: Astro is still starting (and has started esbuild) when the time is up.
    const result = await buildSite({}, 2_000);
    expect(result.code).toBeNull();
    expect(result.output).toContain('buildSite: astro build took over 2 s and was killed');
    expect(result.pid).toBeTypeOf('number');
    // SIGKILL is sent to the whole group; the last of them (reparented, then reaped) may take a
    // moment to go, so wait for it, within seconds.
    await expect
      .poll(() => groupAlive(result.pid!), { timeout: 10_000, interval: 100 })
      .toBe(false);
  });
});
