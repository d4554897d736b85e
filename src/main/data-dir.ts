import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The data folder the user asked for, if any: `--data-dir <path>` (or `--data-dir=<path>`) on the
 * command line wins over the DEBRIEF_DATA_DIR environment variable.
 */
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const index = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='))
  if (index !== -1) {
    const arg = argv[index]!
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1]
    if (value && !value.startsWith('--')) return value
  }
  return env.DEBRIEF_DATA_DIR || null
}

/**
 * Where Electron keeps Debrief's `userData` on this platform, so the browser host opens the same
 * store by default: ~/.config/Debrief, ~/Library/Application Support/Debrief or %APPDATA%\Debrief.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): string {
  const home = homedir()
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Debrief')
  // An empty variable counts as unset (as Electron treats it): joined as is, it would name a
  // folder relative to wherever Debrief happened to be started.
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Debrief')
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Debrief')
}
