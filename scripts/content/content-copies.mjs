// Copies of the real content folder with one file edited, for the content tests: each proves that the
// check rejects one kind of mistake, with a message that names the file, the item and the field.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from './load.mjs';

export const CONTENT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../content');

/** A copy of the real content folder with one file changed by `edit(text) → text`. */
export function contentWith(file, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'ally-content-'));
  cpSync(CONTENT, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, `the edit of ${file} changed nothing`);
  writeFileSync(path, after);
  return dir;
}

export function errorsFor(file, edit) {
  return loadContent(contentWith(file, edit)).errors;
}

export function assertOneError(errors, ...fragments) {
  assert.equal(errors.length, 1, `expected one error, got:\n${errors.join('\n')}`);
  for (const f of fragments) assert.ok(errors[0].includes(f), `"${errors[0]}" should mention ${f}`);
}

/** One of the errors mentions every fragment. */
export function assertSomeError(errors, ...fragments) {
  assert.ok(
    errors.some((e) => fragments.every((f) => e.includes(f))),
    `expected an error mentioning ${fragments.join(', ')}, got:\n${errors.join('\n')}`,
  );
}
