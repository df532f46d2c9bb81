// Keeps one core busy while the benchmark types: on this two-core machine, the page then has
// one core left for itself, its worker, the browser and the server, as on a loaded laptop.
import { spawn } from 'node:child_process';

/**
 * Starts a child process that spins on one core and stops by itself after `seconds`, even if
 * the benchmark dies; the function returned stops it sooner.
 */
export function busyCore(seconds: number): () => void {
  const spin = `const end = Date.now() + ${Math.round(seconds * 1000)}; while (Date.now() < end) {}`;
  const child = spawn(process.execPath, ['-e', spin], { stdio: 'ignore' });
  return () => {
    child.kill();
  };
}
