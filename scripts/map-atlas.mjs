// `node scripts/map-atlas.mjs`: write the map's countries (src/renderer/src/features/map/drawn-countries-110m.json)
// from world-atlas and the shipped places. Run it after changing resources/content/places.json or
// the map's frames; its test (scripts/map-atlas/drawn-countries.test.ts) fails until then.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { runnerImport } from 'vite'

const root = join(import.meta.dirname, '..')
const shared = join(root, 'src/shared')
const target = join(root, 'src/renderer/src/features/map/drawn-countries-110m.json')

/** @type {{ module: typeof import('./map-atlas/drawn-countries.ts') }} */
const { module } = await runnerImport(join(root, 'scripts/map-atlas/drawn-countries.ts'), {
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@shared': shared } }
})
/** @type {{ module: typeof import('../src/shared/places-schemas.ts') }} */
const { module: schemas } = await runnerImport(join(shared, 'places-schemas.ts'), {
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@shared': shared } }
})
const { places } = schemas.PlacesSchema.parse(
  JSON.parse(await readFile(join(root, 'resources/content/places.json'), 'utf8'))
)
const topology = module.drawnCountries(places)
const text = JSON.stringify(topology)
await writeFile(target, await format(text, { ...(await resolveConfig(target)), filepath: target }))
console.info(
  `Wrote ${topology.objects.countries.geometries.length} of world-atlas's ${module.WORLD.objects.countries.geometries.length} countries (${topology.arcs.length} of ${module.WORLD.arcs.length} arcs) to ${target}`
)
