import type { MethodName, Output, ParsedInput } from '@shared/api'

/** One function per contract method, receiving its input already parsed by the method's schema. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>
}
