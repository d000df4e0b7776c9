import { describe, expect, inject, it } from 'vitest';
import { snapshotFiles } from '../support/file-snapshot';

const { folders, files } = inject('contentBefore');
const builds = inject('fixtureBuilds');

describe('content files', () => {
  it('are neither written, touched, added nor removed by a build', () => {
    expect(builds.content.status, builds.content.output).toBe(0);
    expect(folders).toContain('content');
    expect(Object.keys(files)).toContain('content/people.yaml');
    expect(snapshotFiles(folders)).toEqual(files);
  });
});
