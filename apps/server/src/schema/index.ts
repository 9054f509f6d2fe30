import { builder, SemanticNonNullDirective } from '../builder.js';
// Shared types first, then one module per domain; the printed schema is sorted, so order is free.
import './common/scalars.js';
import './common/enums.js';
import './common/money.js';
import './common/ranges.js';
import './common/errors.js';
import './creators.js';
import './posts.js';
import './brands.js';
import './campaigns/index.js';
import './viewer.js';
import './metrics/index.js';
import './decisions/index.js';
import './ingest.js';

export const schema = builder.toSchema({ sortSchema: true, directives: [SemanticNonNullDirective] });
