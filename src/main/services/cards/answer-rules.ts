/**
 * The rules typed answers are read by — aliases, people's short names, event words, the article's
 * year — as shipped in resources/content/answers.json and validated on load, so a bad edit to the
 * data fails the build's tests and the app's start rather than a student's quiz.
 */
import { AnswerRulesSchema, type AnswerRules } from '@shared/card-schemas'
import shippedRules from '../../../../resources/content/answers.json'

/** The shipped answer rules. */
export const ANSWER_RULES: AnswerRules = AnswerRulesSchema.parse(shippedRules)
