/**
 * Domain errors. The API maps each to a typed GraphQL error (code + message); anything else is masked.
 */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CURRENCY_MISMATCH' | 'UNAUTHENTICATED' | 'CONFLICT';

export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. `filter.followers.min`. */
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION' as const;
  constructor(
    public readonly issues: FieldIssue[],
    message = issues.map((i) => `${i.field}: ${i.message}`).join('; '),
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(
    public readonly entity: string,
    public readonly ref: string,
  ) {
    super(`${entity} ${ref} was not found`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'This object belongs to another organization') {
    super(message);
    this.name = 'ForbiddenError';
  }
}
