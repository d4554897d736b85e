import { QUIZ_SIZE } from '@shared/limits'
import type { QuizRecord, QuizResult, QuizStarted, QuizVerdict } from '@shared/card-schemas'
import { api } from '../../lib/api'
import { describeError, type StatusReporter } from '../../lib/state/status.svelte'

export type QuizMode = 'mixed' | 'choice' | 'typed'

/** A quiz: its setup, the questions and answers, the result and the history. */
export class QuizState {
  readonly #status: StatusReporter

  count = $state<number>(QUIZ_SIZE.default)
  /** A section id, or '' for the whole deck. */
  section = $state('')
  mode = $state<QuizMode>('mixed')
  asReviews = $state(false)

  quiz = $state.raw<QuizStarted | null>(null)
  index = $state(0)
  verdicts = $state.raw<(QuizVerdict | null)[]>([])
  typed = $state('')
  result = $state.raw<QuizResult | null>(null)
  history = $state.raw<QuizRecord[]>([])
  /** Why the quiz could not start (no eligible card…), shown beside the form. */
  problem = $state<string | null>(null)
  busy = $state(false)
  /** The questions of the quiz just finished that were typed: the score screen may turn those. */
  typedQuestions = $state.raw<readonly number[]>([])
  /** What the last "I was right" (or its undo) did, said beside the answer it changed. */
  overrideNote = $state<string | null>(null)

  question = $derived(this.quiz?.questions[this.index] ?? null)
  verdict = $derived(this.verdicts[this.index] ?? null)
  isLast = $derived(this.quiz !== null && this.index === this.quiz.questions.length - 1)

  constructor(status: StatusReporter) {
    this.#status = status
  }

  async loadHistory(): Promise<void> {
    try {
      this.history = await api['quiz:history']({})
    } catch (error) {
      this.#status.reportError('Your quiz history could not be loaded', error)
    }
  }

  async start(): Promise<void> {
    this.busy = true
    this.problem = null
    try {
      const quiz = await api['quiz:start']({
        count: this.count,
        mode: this.mode,
        asReviews: this.asReviews,
        ...(this.section === '' ? {} : { section: this.section })
      })
      this.quiz = quiz
      this.index = 0
      this.verdicts = quiz.questions.map(() => null)
      this.typed = ''
      this.result = null
      this.overrideNote = null
    } catch (error) {
      this.problem = describeError(error)
    } finally {
      this.busy = false
    }
  }

  /** Answer the current question with an option or typed text. */
  async answer(given: string): Promise<void> {
    const quiz = this.quiz
    if (!quiz || this.busy || this.verdict) return
    this.busy = true
    try {
      const verdict = await api['quiz:answer']({ quizId: quiz.quizId, index: this.index, answer: given })
      this.verdicts = this.verdicts.map((v, i) => (i === this.index ? verdict : v))
    } catch (error) {
      this.#status.reportError('That answer could not be checked', error)
    } finally {
      this.busy = false
    }
  }

  /**
   * "I was right" (right: true) or its undo (false) for the typed answer to question `index`: in the
   * open quiz, or on the score screen of one just finished, where the review it recorded turns too.
   */
  async override(index: number, right: boolean): Promise<void> {
    const quizId = this.quiz?.quizId ?? this.result?.record.id
    if (quizId === undefined || this.busy) return
    this.busy = true
    try {
      const turned = await api['quiz:override']({ quizId, index, right })
      if (turned.result) {
        this.result = turned.result
        this.history = this.history.map((r) => (r.id === quizId ? turned.result!.record : r))
      } else {
        this.verdicts = this.verdicts.map((v, i) => (i === index ? turned.verdict : v))
      }
      const review = turned.reviewChanged
        ? right
          ? ' Its review is now Good.'
          : ' Its review is Again again.'
        : ''
      this.overrideNote = right ? `Counted as right.${review}` : `Counted as wrong again.${review}`
    } catch (error) {
      this.#status.reportError('That answer could not be changed', error)
    } finally {
      this.busy = false
    }
  }

  /** The next question, or the result after the last. */
  async next(): Promise<void> {
    if (!this.verdict) return
    this.overrideNote = null
    if (this.isLast) return this.finish()
    this.index += 1
    this.typed = ''
  }

  async finish(): Promise<void> {
    const quiz = this.quiz
    if (!quiz || this.busy) return
    this.busy = true
    try {
      this.result = await api['quiz:finish']({ quizId: quiz.quizId })
      this.typedQuestions = quiz.questions.flatMap((q, i) => (q.kind === 'typed' ? [i] : []))
      this.overrideNote = null
      this.quiz = null
      await this.loadHistory()
    } catch (error) {
      this.#status.reportError('The quiz could not be finished', error)
    } finally {
      this.busy = false
    }
  }

  /** Back to the setup form. */
  reset(): void {
    this.quiz = null
    this.result = null
    this.problem = null
  }
}
