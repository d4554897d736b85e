import type { ApiError, ErrorCode } from '@shared/api'

/** An error a service raises on purpose: its message is written for the user and crosses the contract. */
export class ServiceError extends Error implements ApiError {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}
