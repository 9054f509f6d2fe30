import { Migration } from '@mikro-orm/migrations';

// Placeholder filled by the change that owns it.
export class Migration20261129171500_discovery extends Migration {
  override async up(): Promise<void> {}

  override async down(): Promise<void> {}
}
