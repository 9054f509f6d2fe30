import { CountryCodeResolver, CurrencyResolver, DateTimeResolver, NonNegativeIntResolver } from 'graphql-scalars';
import { builder } from '../../builder.js';

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.addScalarType('CountryCode', CountryCodeResolver, {});
builder.addScalarType('Currency', CurrencyResolver, {});
// No field uses it, but it is part of the published schema (and the SDK's scalar map): removing it would
// be a breaking change to schema.graphql.
builder.addScalarType('NonNegativeInt', NonNegativeIntResolver, {});

builder.scalarType('Upload', {
  description:
    'A file sent with the request as multipart/form-data, per the GraphQL multipart request spec ' +
    '(https://github.com/jaydenseric/graphql-multipart-request-spec). Input only.',
  serialize: () => {
    throw new Error('Upload is an input-only scalar');
  },
  parseValue: (value) => {
    // Duck-typed: Yoga hands over its fetch implementation's File, which need not be Node's global one.
    const file = value as Partial<File> | null;
    if (!file || typeof file !== 'object' || typeof file.stream !== 'function' || typeof file.size !== 'number') {
      throw new TypeError('Upload expects a file sent as multipart/form-data');
    }
    return value as File;
  },
});
