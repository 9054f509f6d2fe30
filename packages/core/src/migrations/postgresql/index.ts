import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125215845_initial } from './Migration20261125215845_initial.js';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261125215845_initial', class: Migration20261125215845_initial },
];
