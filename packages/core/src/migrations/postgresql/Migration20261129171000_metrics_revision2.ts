import { Migration } from '@mikro-orm/migrations';

/**
 * Metrics revision 2 on account_metrics: the interval's sources (t or Wilson for each end), follower growth
 * over discovery.growthDays and the sponsored share, indexed for discovery. Every row is expired (valid_until
 * epoch, generation bumped) so the next read or refreshExpired recomputes it under the new interval rule and
 * fills the new columns.
 */
export class Migration20261129171000_metrics_revision2 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "account_metrics" add column "interval_low_source" varchar(6) null, add column "interval_high_source" varchar(6) null, add column "growth" double precision null, add column "sponsored_share" double precision null;`);
    this.addSql(`create index "account_metrics_growth_index" on "account_metrics" ("growth");`);
    this.addSql(`create index "account_metrics_sponsored_share_index" on "account_metrics" ("sponsored_share");`);
    this.addSql(`update "account_metrics" set "generation" = "generation" + 1, "valid_until" = timestamptz 'epoch';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "account_metrics_sponsored_share_index";`);
    this.addSql(`drop index if exists "account_metrics_growth_index";`);
    this.addSql(`alter table "account_metrics" drop column "sponsored_share", drop column "growth", drop column "interval_high_source", drop column "interval_low_source";`);
    // The stored intervals follow the new rule: expire them for the old one.
    this.addSql(`update "account_metrics" set "generation" = "generation" + 1, "valid_until" = timestamptz 'epoch';`);
  }

}
