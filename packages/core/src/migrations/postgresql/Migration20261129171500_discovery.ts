import { Migration } from '@mikro-orm/migrations';

// Discovery: sponsored posts by brand, case-insensitive (the `brand` filter), and accounts by handle alone
// (`creator(handle:)` without a platform, which the unique (platform, handle) cannot serve).
export class Migration20261129171500_discovery extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "posts_sponsored_brand_index" on "posts" (lower("brand")) where "sponsored" = true;`);
    this.addSql(`create index "accounts_handle_index" on "accounts" ("handle");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "accounts_handle_index";`);
    this.addSql(`drop index if exists "posts_sponsored_brand_index";`);
  }
}
