// Metric fields of accounts and creators, whole-tier benchmarks and the metrics configuration.
import './engagement.js';
import './benchmarks.js';
import './authenticity.js';
import './growth.js';
import './config.js';
import './price.js';

export { METRIC_COST, WindowInput } from './args.js';
