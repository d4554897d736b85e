/** Where Debrief keeps its data: the folder a user or a test asks for, else Electron's userData folder. */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDirOverride, defaultUserDataDir } from './data-dir'

describe('dataDirOverride', () => {
  it('takes the folder after --data-dir', () => {
    expect(dataDirOverride(['debrief', '--data-dir', '/tmp/x'], {})).toBe('/tmp/x')
  })

  it('takes the folder from --data-dir=<path>, keeping any = in the path', () => {
    expect(dataDirOverride(['debrief', '--data-dir=/tmp/a=b'], {})).toBe('/tmp/a=b')
  })

  it('does not take the next flag for a folder name', () => {
    expect(dataDirOverride(['debrief', '--data-dir', '--port', '5299'], {})).toBeNull()
  })

  it('takes the folder from DEBRIEF_DATA_DIR when the command line names none', () => {
    expect(dataDirOverride(['debrief'], { DEBRIEF_DATA_DIR: '/tmp/env' })).toBe('/tmp/env')
  })

  it('prefers the command line to the environment', () => {
    expect(dataDirOverride(['debrief', '--data-dir', '/tmp/argv'], { DEBRIEF_DATA_DIR: '/tmp/env' })).toBe(
      '/tmp/argv'
    )
  })

  it('falls back to the environment when --data-dir has no value', () => {
    expect(dataDirOverride(['debrief', '--data-dir'], { DEBRIEF_DATA_DIR: '/tmp/env' })).toBe('/tmp/env')
    expect(dataDirOverride(['debrief', '--data-dir='], { DEBRIEF_DATA_DIR: '/tmp/env' })).toBe('/tmp/env')
  })

  it('answers null when nothing asks for a folder', () => {
    expect(dataDirOverride(['debrief'], {})).toBeNull()
    expect(dataDirOverride(['debrief'], { DEBRIEF_DATA_DIR: '' })).toBeNull()
  })
})

describe('defaultUserDataDir', () => {
  it('is ~/.config/Debrief on Linux, or under XDG_CONFIG_HOME when set', () => {
    expect(defaultUserDataDir('linux', {})).toBe(join(homedir(), '.config', 'Debrief'))
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' })).toBe(join('/xdg', 'Debrief'))
  })

  it('ignores an empty XDG_CONFIG_HOME rather than using a folder relative to where Debrief was started', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '' })).toBe(join(homedir(), '.config', 'Debrief'))
  })

  it('is ~/Library/Application Support/Debrief on macOS', () => {
    expect(defaultUserDataDir('darwin', { XDG_CONFIG_HOME: '/xdg' })).toBe(
      join(homedir(), 'Library', 'Application Support', 'Debrief')
    )
  })

  it('is %APPDATA%\\Debrief on Windows, or under the roaming profile when APPDATA is unset or empty', () => {
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' })).toBe(
      join('C:\\Users\\u\\AppData\\Roaming', 'Debrief')
    )
    const roaming = join(homedir(), 'AppData', 'Roaming', 'Debrief')
    expect(defaultUserDataDir('win32', {})).toBe(roaming)
    expect(defaultUserDataDir('win32', { APPDATA: '' })).toBe(roaming)
  })
})
