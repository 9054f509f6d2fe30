import {
  type FieldIssue,
  ForbiddenError as ForbiddenDomainError,
  NotFoundError as NotFoundDomainError,
  ValidationError as ValidationDomainError,
} from '@creatorgraph/core';
import { builder } from '../../builder.js';

// Typed errors: mutations and fallible queries return unions of their payload and these.
export const ErrorInterface = builder.interfaceRef<Error & { code: string }>('Error').implement({
  description: 'Something the caller can act on. Unexpected failures are never described here.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'A human-readable explanation.' }),
    code: t.exposeString('code', { description: 'A stable machine-readable code, e.g. VALIDATION or NOT_FOUND.' }),
  }),
});

export const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Dotted path of the input field, e.g. `input.budget.amountMinor`.' }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
  }),
});

builder.objectType(ValidationDomainError, {
  name: 'ValidationError',
  description: 'The input was rejected; nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof ValidationDomainError,
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueRef], description: 'Every invalid field.', resolve: (e) => e.issues }),
  }),
});

builder.objectType(NotFoundDomainError, {
  name: 'NotFoundError',
  description: 'The object does not exist (or is not visible to you).',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof NotFoundDomainError,
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'Kind of object looked for.' }),
    ref: t.exposeString('ref', { description: 'The identifier that was looked for.' }),
  }),
});

builder.objectType(ForbiddenDomainError, {
  name: 'ForbiddenError',
  description:
    "Your key lacks the scope for this (e.g. granting CATALOG_WRITE without holding it). Another organization's " +
    'objects are never FORBIDDEN: they answer NOT_FOUND, like ids that do not exist.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof ForbiddenDomainError,
  fields: () => ({}),
});
