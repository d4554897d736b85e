/**
 * The paths an attacker would try to read a file outside the served renderer folder with: `..`
 * plain and encoded, backslashes, double encoding, overlong UTF-8, NUL bytes, absolute paths and
 * symbolic links inside the folder pointing out of it. Both hosts run this one table, the browser
 * host over HTTP (src/web/refusals.test.ts) and Electron's app: protocol (src/main/app-protocol.test.ts),
 * so they refuse exactly alike.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A file beside the renderer folder that no path may reach. */
export const SECRET = 'not for the web'

/** Each case, with `{dir}` for the fixture folder (no leading slash) and `{encoded-dir}` for it encoded. */
export const TRAVERSAL_PATHS = [
  '/../secret.txt',
  '/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/%2E%2E%2Fsecret.txt',
  '/.%2e/secret.txt',
  '/assets/..%2f..%2fsecret.txt',
  '/assets/%2e%2e/%2e%2e/secret.txt',
  '/..\\secret.txt',
  '/..%5csecret.txt',
  '/%5c..%5csecret.txt',
  '/assets\\..\\..\\secret.txt',
  '/%252e%252e/secret.txt',
  '/..%c0%afsecret.txt',
  '/%00',
  '/secret.txt%00.js',
  '/index.html%00',
  '/{dir}/secret.txt',
  '//{dir}/secret.txt',
  '/{encoded-dir}%2fsecret.txt',
  '/assets/linked-secret.txt',
  '/assets/up/secret.txt',
  '/assets/up/data/debrief.json'
] as const

/** A case's path with the fixture folder `dir` filled in. */
export function fillTraversalPath(template: string, dir: string): string {
  return template
    .replaceAll('{encoded-dir}', encodeURIComponent(dir.slice(1)))
    .replaceAll('{dir}', dir.slice(1))
}

/**
 * Lay out `dir` as the cases expect: `dir/renderer` (index.html and assets/app.js) to serve,
 * `dir/secret.txt` beside it, and two links inside the renderer folder pointing out of it (to the
 * secret, and to `dir` itself). Answers the renderer folder.
 */
export async function createTraversalFixture(dir: string): Promise<string> {
  const rendererDir = join(dir, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<html><head></head><body>Debrief</body></html>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'export {}')
  await writeFile(join(dir, 'secret.txt'), SECRET)
  await symlink(join(dir, 'secret.txt'), join(rendererDir, 'assets', 'linked-secret.txt'))
  await symlink(dir, join(rendererDir, 'assets', 'up'))
  return rendererDir
}
