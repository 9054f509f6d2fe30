import { builder } from '../builder.js';
import './common.js';
import './creators.js';
import './posts.js';
import './campaigns.js';
import './viewer.js';
import './metrics.js';
import './decisions.js';
import './ingest.js';

export const schema = builder.toSchema({ sortSchema: true });
