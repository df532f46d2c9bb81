// Routes of files that are not pages (citations, search shards and documents): `astro dev`
// serves each file from its route; a build renders none of them and stages them all for the
// integration in src/lib/build-files.ts, which writes them in one pass when Astro is done.
import type { APIRoute } from 'astro';
import { collectingBuildFiles, stageBuildFiles } from '../lib/build-files.ts';

/** One file of such a route: its route parameters, its path in the built site, its contents. */
export interface RouteFile {
  params: Record<string, string>;
  path: string;
  body: string;
}

/**
 * A getStaticPaths for a route of non-page files named `name` (one of STAGED_ROUTES in
 * src/lib/build-files.ts): in
 * `astro dev` one path a file; in a build no path, the files staged for the end of the build.
 */
export function nonPagePaths(name: string, files: () => Promise<RouteFile[]>) {
  return async () => {
    if (collectingBuildFiles()) {
      stageBuildFiles(name, async () => (await files()).map((f) => [f.path, f.body] as const));
      return [];
    }
    return (await files()).map((file) => ({ params: file.params, props: { body: file.body } }));
  };
}

/** The GET of such a route in `astro dev`: the file its path was given, as `type`. */
export function fileResponse(type: string): APIRoute {
  return ({ props }) => new Response(String(props['body']), { headers: { 'Content-Type': type } });
}
