/**
 * Vitest global setup for the end-to-end tests: builds the site into temporary folders (the real content
 * at the domain root and under a sub-path, and the hostile fixture content) and serves each one over
 * HTTP the way a static host would, for the length of the run.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../build/build-site';
import { removeBuild } from '../support/build-dir';
import { contentFolders } from '../fixture-sites/setup';
import { serveSite } from '../support/static-site';

export interface ServedBuild {
  /** Folder holding the built site. */
  readonly dir: string;
  /** Its `base`: "/" or "/quotewire/". */
  readonly base: string;
  /** Address of its home page, base included. */
  readonly url: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { root: ServedBuild; subpath: ServedBuild; hostile: ServedBuild };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const builds = {
    root: buildSite('/'),
    subpath: buildSite('/quotewire/'),
    hostile: buildSite('/', { CONTENT_DIR: contentFolders.hostile }),
  };
  const servers = {
    root: await serveSite(builds.root.dir, builds.root.base),
    subpath: await serveSite(builds.subpath.dir, builds.subpath.base),
    hostile: await serveSite(builds.hostile.dir, builds.hostile.base),
  };
  project.provide('sites', {
    root: { ...builds.root, url: servers.root.url },
    subpath: { ...builds.subpath, url: servers.subpath.url },
    hostile: { ...builds.hostile, url: servers.hostile.url },
  });
  return async () => {
    await Promise.all(Object.values(servers).map((server) => server.close()));
    for (const build of Object.values(builds)) removeBuild(build.dir);
  };
}
