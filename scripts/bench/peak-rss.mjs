// Runs a Node command-line script in this process and, on exit, prints its peak memory the way
// GNU time does (`node peak-rss.mjs astro.mjs build`): no system tool needed.
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (!script) throw new Error('usage: node peak-rss.mjs SCRIPT [ARGS…]');
process.argv = [process.argv[0] ?? 'node', script, ...args];
process.on('exit', () => {
  process.stderr.write(`\nMaximum resident set size (kbytes): ${process.resourceUsage().maxRSS}\n`);
});
await import(pathToFileURL(script).href);
