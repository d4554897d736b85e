import { articleText } from '@shared/anchoring/article-text'
import type { Annotation, PageNote } from '@shared/annotation-schemas'
import { highlightSpans } from '@shared/highlight-spans'
import type { Store } from '../store/open-store'
import { buildAnnotationFile, importAnnotations } from './annotations-transfer'
import type { Handlers } from './handlers'
import { refuseIfChanged } from './revision-check'
import { ServiceError } from './service-error'
import { distinctTags } from './tags'

type AnnotationHandlers = Pick<
  Handlers,
  | 'annotations:list'
  | 'annotations:spans'
  | 'annotations:create'
  | 'annotations:update'
  | 'annotations:delete'
  | 'annotations:restore'
  | 'pagenotes:write'
  | 'highlightcolors:rename'
  | 'annotations:export'
  | 'annotations:import'
>

/**
 * Highlights with notes and tags, page notes (article and sections), the colours' names, and their
 * export and import. A highlight is only created where its quote really is in the article.
 */
export function annotationHandlers(
  store: Store,
  now: () => Date,
  newId: () => string = () => crypto.randomUUID()
): AnnotationHandlers {
  const byId = (id: string): Annotation => {
    const found = store.data.annotations.find((a) => a.id === id)
    if (found === undefined) throw new ServiceError('not-found', 'That highlight no longer exists.')
    return found
  }
  const view = (): ReturnType<AnnotationHandlers['annotations:list']> => ({
    annotations: store.data.annotations,
    pageNotes: store.data.pageNotes,
    colorNames: store.data.colorNames
  })

  return {
    'annotations:list': view,

    'annotations:spans': () => highlightSpans(store.data.annotations),

    'annotations:create': async ({ color, selector, note, tags }) => {
      const [quote, position] = selector
      const { text } = articleText(store.data.content.article)
      if (text.slice(position.start, position.end) !== quote.exact) {
        throw new ServiceError(
          'invalid-input',
          'That passage is not in the article as it stands. Reload the article and select it again.'
        )
      }
      const at = now().toISOString()
      const created: Annotation = {
        id: newId(),
        created: at,
        updated: at,
        color,
        note: note ?? '',
        tags: distinctTags(tags ?? []),
        target: { selector: [quote, position] },
        orphaned: false
      }
      await store.update((data) => {
        data.annotations.push(created)
      })
      return created
    },

    'annotations:update': async ({ id, color, note, tags, revision }) => {
      const current = byId(id)
      if (note !== undefined) refuseIfChanged(revision, current.note)
      // Electron's IPC keeps keys whose value is undefined: only what was actually given changes.
      const updated: Annotation = {
        ...current,
        color: color ?? current.color,
        note: note ?? current.note,
        tags: tags === undefined ? current.tags : distinctTags(tags),
        updated: now().toISOString()
      }
      await store.update((data) => {
        data.annotations = data.annotations.map((a) => (a.id === id ? updated : a))
      })
      return updated
    },

    'annotations:delete': async ({ id }) => {
      const deleted = byId(id)
      await store.update((data) => {
        data.annotations = data.annotations.filter((a) => a.id !== id)
      })
      return deleted
    },

    'annotations:restore': async ({ annotation }) => {
      if (store.data.annotations.some((a) => a.id === annotation.id)) {
        throw new ServiceError('invalid-input', 'That highlight is already there.')
      }
      await store.update((data) => {
        data.annotations.push(annotation)
      })
      return annotation
    },

    'pagenotes:write': async ({ target, note, revision }) => {
      if (target !== 'article' && !store.data.content.article.sections.some((s) => s.id === target)) {
        throw new ServiceError('not-found', `The article has no section “${target}”.`)
      }
      refuseIfChanged(revision, store.data.pageNotes.find((n) => n.target === target)?.note ?? '')
      const written: PageNote = { target, note, updated: now().toISOString() }
      await store.update((data) => {
        const others = data.pageNotes.filter((n) => n.target !== target)
        // An emptied note is removed, so the export does not list empty headings.
        data.pageNotes = note.trim() === '' ? others : [...others, written]
      })
      return store.data.pageNotes
    },

    'highlightcolors:rename': async ({ color, name }) => {
      await store.update((data) => {
        data.colorNames = { ...data.colorNames, [color]: name }
      })
      return store.data.colorNames
    },

    'annotations:export': ({ format }) => buildAnnotationFile(store.data, format, now()),

    'annotations:import': async ({ text }) => {
      const { report, annotations, pageNotes } = importAnnotations(store.data, text, now())
      if (report.added > 0) {
        await store.update((data) => {
          data.annotations.push(...annotations)
          data.pageNotes = pageNotes
        })
      }
      return report
    }
  }
}
