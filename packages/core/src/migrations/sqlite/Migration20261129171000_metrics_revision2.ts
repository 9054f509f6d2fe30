import { Migration } from '@mikro-orm/migrations';

// Placeholder filled by the change that owns it.
export class Migration20261129171000_metrics_revision2 extends Migration {
  override async up(): Promise<void> {}

  override async down(): Promise<void> {}
}
