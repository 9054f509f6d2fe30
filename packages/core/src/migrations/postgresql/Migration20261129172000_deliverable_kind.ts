import { Migration } from '@mikro-orm/migrations';

// Placeholder filled by the change that owns it.
export class Migration20261129172000_deliverable_kind extends Migration {
  override async up(): Promise<void> {}

  override async down(): Promise<void> {}
}
