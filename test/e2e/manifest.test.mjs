// The manifest check CI runs (scripts/validate-manifest.mjs, @wc-toolkit/cem-validator): it
// passes the built manifest, and fails one that lost a tag name or points into src/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const validate = (file) => run(process.execPath, ['scripts/validate-manifest.mjs', ...(file ? [file] : [])]);

/** The built manifest, changed by `edit`, validated from a temporary file; resolves to the failure. */
async function validateEdited(edit) {
  const manifest = JSON.parse(await readFile('dist/custom-elements.json', 'utf8'));
  edit(manifest.modules.find((module) => module.path === 'dist/components/paywall-gate/paywall-gate.js'));
  const dir = await mkdtemp(join(tmpdir(), 'paywall-manifest-'));
  await writeFile(join(dir, 'custom-elements.json'), JSON.stringify(manifest));
  try {
    return await validate(join(dir, 'custom-elements.json')).then(
      () => assert.fail('an invalid manifest passed'),
      (error) => error,
    );
  } finally {
    await rm(dir, { recursive: true });
  }
}

describe('manifest validation', () => {
  it('passes the built manifest', async () => {
    await validate();
  });

  it('fails a manifest whose element lost its tag name', async () => {
    const failure = await validateEdited((module) => delete module.declarations[0].tagName);
    assert.equal(failure.code, 1);
    assert.match(failure.stderr + failure.stdout, /PaywallGate is missing a tag name/);
  });

  it('fails a manifest whose module is a source file, which does not ship', async () => {
    const failure = await validateEdited((module) => (module.path = 'src/components/paywall-gate/paywall-gate.ts'));
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /src\/components\/paywall-gate\/paywall-gate.ts is named in the manifest, but is no built file/);
  });
});
