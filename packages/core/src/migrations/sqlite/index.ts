import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125215845_initial } from './Migration20261125215845_initial.js';
import { Migration20261129115454_trusted_documents_only } from './Migration20261129115454_trusted_documents_only.js';
import { Migration20261129135115_account_metrics } from './Migration20261129135115_account_metrics.js';
import { Migration20261129171000_metrics_revision2 } from './Migration20261129171000_metrics_revision2.js';
import { Migration20261129171500_discovery } from './Migration20261129171500_discovery.js';
import { Migration20261129172000_deliverable_kind } from './Migration20261129172000_deliverable_kind.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261125215845_initial', class: Migration20261125215845_initial },
  { name: 'Migration20261129115454_trusted_documents_only', class: Migration20261129115454_trusted_documents_only },
  { name: 'Migration20261129135115_account_metrics', class: Migration20261129135115_account_metrics },
  { name: 'Migration20261129171000_metrics_revision2', class: Migration20261129171000_metrics_revision2 },
  { name: 'Migration20261129171500_discovery', class: Migration20261129171500_discovery },
  { name: 'Migration20261129172000_deliverable_kind', class: Migration20261129172000_deliverable_kind },
];
