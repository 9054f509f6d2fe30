import { builder } from '../../builder.js';

export const IntRangeInput = builder.inputType('IntRangeInput', {
  description: 'An inclusive range of whole numbers; either end may be left open.',
  fields: (t) => ({
    min: t.int({ description: 'Smallest value included.' }),
    max: t.int({ description: 'Largest value included.' }),
  }),
});

export const FloatRangeInput = builder.inputType('FloatRangeInput', {
  description: 'An inclusive range of numbers; either end may be left open.',
  fields: (t) => ({
    min: t.float({ description: 'Smallest value included.' }),
    max: t.float({ description: 'Largest value included.' }),
  }),
});
