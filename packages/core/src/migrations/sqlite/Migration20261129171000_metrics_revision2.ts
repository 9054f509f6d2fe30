import { Migration } from '@mikro-orm/migrations';

/**
 * Metrics revision 2 on account_metrics: the interval's sources (t or Wilson for each end), follower growth
 * over discovery.growthDays and the sponsored share, indexed for discovery. Every row is expired (valid_until
 * 0, generation bumped) so the next read or refreshExpired recomputes it under the new interval rule and
 * fills the new columns.
 */
export class Migration20261129171000_metrics_revision2 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`account_metrics\` add column \`interval_low_source\` text null;`);
    this.addSql(`alter table \`account_metrics\` add column \`interval_high_source\` text null;`);
    this.addSql(`alter table \`account_metrics\` add column \`growth\` double null;`);
    this.addSql(`alter table \`account_metrics\` add column \`sponsored_share\` double null;`);
    this.addSql(`create index \`account_metrics_growth_index\` on \`account_metrics\` (\`growth\`);`);
    this.addSql(`create index \`account_metrics_sponsored_share_index\` on \`account_metrics\` (\`sponsored_share\`);`);
    this.addSql('update `account_metrics` set `generation` = `generation` + 1, `valid_until` = 0;');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists `account_metrics_sponsored_share_index`;');
    this.addSql('drop index if exists `account_metrics_growth_index`;');
    for (const column of ['sponsored_share', 'growth', 'interval_high_source', 'interval_low_source']) {
      this.addSql(`alter table \`account_metrics\` drop column \`${column}\`;`);
    }
    // The stored intervals follow the new rule: expire them for the old one.
    this.addSql('update `account_metrics` set `generation` = `generation` + 1, `valid_until` = 0;');
  }

}
