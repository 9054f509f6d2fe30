import { Migration } from '@mikro-orm/migrations';

export class Migration20261125215845_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`creators\` (\`id\` integer not null primary key autoincrement, \`ref\` text not null, \`name\` text not null, \`country\` text null, \`max_followers\` integer not null default 0, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`creators_ref_unique\` on \`creators\` (\`ref\`);`);
    this.addSql(`create index \`creators_name_index\` on \`creators\` (\`name\`);`);
    this.addSql(`create index \`creators_country_index\` on \`creators\` (\`country\`);`);
    this.addSql(`create index \`creators_max_followers_index\` on \`creators\` (\`max_followers\`);`);

    this.addSql(`create table \`accounts\` (\`id\` integer not null primary key autoincrement, \`creator_id\` integer not null, \`platform\` text check (\`platform\` in ('INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X')) not null, \`handle\` text not null, \`external_id\` text not null, \`followers\` integer not null, \`following\` integer null, \`rate_per_post_minor\` bigint null, \`rate_currency\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`accounts_creator_id_foreign\` foreign key(\`creator_id\`) references \`creators\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`accounts_creator_id_index\` on \`accounts\` (\`creator_id\`);`);
    this.addSql(`create index \`accounts_followers_index\` on \`accounts\` (\`followers\`);`);
    this.addSql(`create index \`accounts_platform_followers_index\` on \`accounts\` (\`platform\`, \`followers\`);`);
    this.addSql(`create unique index \`accounts_platform_handle_unique\` on \`accounts\` (\`platform\`, \`handle\`);`);
    this.addSql(`create unique index \`accounts_platform_external_id_unique\` on \`accounts\` (\`platform\`, \`external_id\`);`);

    this.addSql(`create table \`creator_niches\` (\`id\` integer not null primary key autoincrement, \`creator_id\` integer not null, \`niche\` text not null, constraint \`creator_niches_creator_id_foreign\` foreign key(\`creator_id\`) references \`creators\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`creator_niches_creator_id_index\` on \`creator_niches\` (\`creator_id\`);`);
    this.addSql(`create index \`creator_niches_niche_index\` on \`creator_niches\` (\`niche\`);`);
    this.addSql(`create unique index \`creator_niches_creator_id_niche_unique\` on \`creator_niches\` (\`creator_id\`, \`niche\`);`);

    this.addSql(`create table \`follower_snapshots\` (\`id\` integer not null primary key autoincrement, \`account_id\` integer not null, \`captured_at\` datetime not null, \`followers\` integer not null, \`following\` integer null, constraint \`follower_snapshots_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`follower_snapshots_account_id_index\` on \`follower_snapshots\` (\`account_id\`);`);
    this.addSql(`create unique index \`follower_snapshots_account_id_captured_at_unique\` on \`follower_snapshots\` (\`account_id\`, \`captured_at\`);`);

    this.addSql(`create table \`organizations\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`slug\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`organizations_slug_unique\` on \`organizations\` (\`slug\`);`);

    this.addSql(`create table \`campaigns\` (\`id\` integer not null primary key autoincrement, \`organization_id\` integer not null, \`name\` text not null, \`brand\` text not null, \`goal\` text check (\`goal\` in ('AWARENESS', 'ENGAGEMENT', 'CONVERSION')) not null, \`status\` text check (\`status\` in ('DRAFT', 'ACTIVE', 'COMPLETED', 'ARCHIVED')) not null default 'DRAFT', \`currency\` text not null, \`budget_minor\` bigint not null, \`starts_at\` datetime not null, \`ends_at\` datetime null, \`revenue_minor\` bigint null, \`conversions\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`campaigns_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`campaigns_organization_id_index\` on \`campaigns\` (\`organization_id\`);`);
    this.addSql(`create index \`campaigns_organization_id_status_index\` on \`campaigns\` (\`organization_id\`, \`status\`);`);

    this.addSql(`create table \`campaign_members\` (\`id\` integer not null primary key autoincrement, \`campaign_id\` integer not null, \`account_id\` integer not null, \`fee_minor\` bigint null, \`deliverables\` integer not null default 1, \`created_at\` datetime not null, constraint \`campaign_members_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaigns\`(\`id\`) on delete cascade on update cascade, constraint \`campaign_members_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`campaign_members_campaign_id_index\` on \`campaign_members\` (\`campaign_id\`);`);
    this.addSql(`create index \`campaign_members_account_id_index\` on \`campaign_members\` (\`account_id\`);`);
    this.addSql(`create unique index \`campaign_members_campaign_id_account_id_unique\` on \`campaign_members\` (\`campaign_id\`, \`account_id\`);`);

    this.addSql(`create table \`api_keys\` (\`id\` integer not null primary key autoincrement, \`organization_id\` integer not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_keys_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`api_keys_organization_id_index\` on \`api_keys\` (\`organization_id\`);`);
    this.addSql(`create unique index \`api_keys_prefix_unique\` on \`api_keys\` (\`prefix\`);`);
    this.addSql(`create unique index \`api_keys_secret_hash_unique\` on \`api_keys\` (\`secret_hash\`);`);

    this.addSql(`create table \`posts\` (\`id\` integer not null primary key autoincrement, \`account_id\` integer not null, \`platform\` text check (\`platform\` in ('INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X')) not null, \`external_id\` text not null, \`posted_at\` datetime not null, \`kind\` text check (\`kind\` in ('PHOTO', 'CAROUSEL', 'VIDEO', 'REEL', 'STORY', 'SHORT', 'LIVE')) not null, \`caption\` text null, \`sponsored\` integer not null default false, \`brand\` text null, \`likes\` integer null, \`comments\` integer null, \`shares\` integer null, \`saves\` integer null, \`views\` integer null, \`reach\` integer null, \`impressions\` integer null, constraint \`posts_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`posts_account_id_index\` on \`posts\` (\`account_id\`);`);
    this.addSql(`create index \`posts_account_id_posted_at_index\` on \`posts\` (\`account_id\`, \`posted_at\`);`);
    this.addSql(`create index \`posts_posted_at_index\` on \`posts\` (\`posted_at\`);`);
    this.addSql(`create index \`posts_sponsored_index\` on \`posts\` (\`sponsored\`);`);
    this.addSql(`create unique index \`posts_platform_external_id_unique\` on \`posts\` (\`platform\`, \`external_id\`);`);

    this.addSql(`create table \`campaign_posts\` (\`id\` integer not null primary key autoincrement, \`campaign_id\` integer not null, \`post_id\` integer not null, \`linked_at\` datetime not null, constraint \`campaign_posts_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaigns\`(\`id\`) on delete cascade on update cascade, constraint \`campaign_posts_post_id_foreign\` foreign key(\`post_id\`) references \`posts\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`campaign_posts_campaign_id_index\` on \`campaign_posts\` (\`campaign_id\`);`);
    this.addSql(`create index \`campaign_posts_post_id_index\` on \`campaign_posts\` (\`post_id\`);`);
    this.addSql(`create unique index \`campaign_posts_campaign_id_post_id_unique\` on \`campaign_posts\` (\`campaign_id\`, \`post_id\`);`);
  }

}
