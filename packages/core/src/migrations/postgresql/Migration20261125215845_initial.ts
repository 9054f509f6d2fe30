import { Migration } from '@mikro-orm/migrations';

export class Migration20261125215845_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "creators" ("id" serial primary key, "ref" varchar(128) not null, "name" varchar(200) not null, "country" varchar(2) null, "max_followers" int not null default 0, "created_at" timestamptz not null);`);
    this.addSql(`alter table "creators" add constraint "creators_ref_unique" unique ("ref");`);
    this.addSql(`create index "creators_name_index" on "creators" ("name");`);
    this.addSql(`create index "creators_country_index" on "creators" ("country");`);
    this.addSql(`create index "creators_max_followers_index" on "creators" ("max_followers");`);

    this.addSql(`create table "accounts" ("id" serial primary key, "creator_id" int not null, "platform" text check ("platform" in ('INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X')) not null, "handle" varchar(100) not null, "external_id" varchar(100) not null, "followers" int not null, "following" int null, "rate_per_post_minor" bigint null, "rate_currency" varchar(3) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "accounts_followers_index" on "accounts" ("followers");`);
    this.addSql(`create index "accounts_platform_followers_index" on "accounts" ("platform", "followers");`);
    this.addSql(`alter table "accounts" add constraint "accounts_platform_handle_unique" unique ("platform", "handle");`);
    this.addSql(`alter table "accounts" add constraint "accounts_platform_external_id_unique" unique ("platform", "external_id");`);

    this.addSql(`create table "creator_niches" ("id" serial primary key, "creator_id" int not null, "niche" varchar(40) not null);`);
    this.addSql(`create index "creator_niches_niche_index" on "creator_niches" ("niche");`);
    this.addSql(`alter table "creator_niches" add constraint "creator_niches_creator_id_niche_unique" unique ("creator_id", "niche");`);

    this.addSql(`create table "follower_snapshots" ("id" serial primary key, "account_id" int not null, "captured_at" timestamptz not null, "followers" int not null, "following" int null);`);
    this.addSql(`alter table "follower_snapshots" add constraint "follower_snapshots_account_id_captured_at_unique" unique ("account_id", "captured_at");`);

    this.addSql(`create table "organizations" ("id" serial primary key, "name" varchar(200) not null, "slug" varchar(100) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "organizations" add constraint "organizations_slug_unique" unique ("slug");`);

    this.addSql(`create table "campaigns" ("id" serial primary key, "organization_id" int not null, "name" varchar(200) not null, "brand" varchar(200) not null, "goal" text check ("goal" in ('AWARENESS', 'ENGAGEMENT', 'CONVERSION')) not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'COMPLETED', 'ARCHIVED')) not null default 'DRAFT', "currency" varchar(3) not null, "budget_minor" bigint not null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "revenue_minor" bigint null, "conversions" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "campaigns_organization_id_status_index" on "campaigns" ("organization_id", "status");`);

    this.addSql(`create table "campaign_members" ("id" serial primary key, "campaign_id" int not null, "account_id" int not null, "fee_minor" bigint null, "deliverables" int not null default 1, "created_at" timestamptz not null);`);
    this.addSql(`create index "campaign_members_account_id_index" on "campaign_members" ("account_id");`);
    this.addSql(`alter table "campaign_members" add constraint "campaign_members_campaign_id_account_id_unique" unique ("campaign_id", "account_id");`);

    this.addSql(`create table "api_keys" ("id" serial primary key, "organization_id" int not null, "name" varchar(200) not null, "prefix" varchar(32) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_prefix_unique" unique ("prefix");`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "posts" ("id" serial primary key, "account_id" int not null, "platform" text check ("platform" in ('INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X')) not null, "external_id" varchar(100) not null, "posted_at" timestamptz not null, "kind" text check ("kind" in ('PHOTO', 'CAROUSEL', 'VIDEO', 'REEL', 'STORY', 'SHORT', 'LIVE')) not null, "caption" text null, "sponsored" boolean not null default false, "brand" varchar(200) null, "likes" int null, "comments" int null, "shares" int null, "saves" int null, "views" int null, "reach" int null, "impressions" int null);`);
    this.addSql(`create index "posts_account_id_posted_at_index" on "posts" ("account_id", "posted_at");`);
    this.addSql(`create index "posts_posted_at_index" on "posts" ("posted_at");`);
    this.addSql(`create index "posts_sponsored_index" on "posts" ("sponsored");`);
    this.addSql(`alter table "posts" add constraint "posts_platform_external_id_unique" unique ("platform", "external_id");`);

    this.addSql(`create table "campaign_posts" ("id" serial primary key, "campaign_id" int not null, "post_id" int not null, "linked_at" timestamptz not null);`);
    this.addSql(`create index "campaign_posts_post_id_index" on "campaign_posts" ("post_id");`);
    this.addSql(`alter table "campaign_posts" add constraint "campaign_posts_campaign_id_post_id_unique" unique ("campaign_id", "post_id");`);

    this.addSql(`alter table "accounts" add constraint "accounts_creator_id_foreign" foreign key ("creator_id") references "creators" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "creator_niches" add constraint "creator_niches_creator_id_foreign" foreign key ("creator_id") references "creators" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "follower_snapshots" add constraint "follower_snapshots_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "campaigns" add constraint "campaigns_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "campaign_members" add constraint "campaign_members_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_members" add constraint "campaign_members_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_keys" add constraint "api_keys_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "posts" add constraint "posts_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "campaign_posts" add constraint "campaign_posts_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_posts" add constraint "campaign_posts_post_id_foreign" foreign key ("post_id") references "posts" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accounts" drop constraint "accounts_creator_id_foreign";`);

    this.addSql(`alter table "creator_niches" drop constraint "creator_niches_creator_id_foreign";`);

    this.addSql(`alter table "follower_snapshots" drop constraint "follower_snapshots_account_id_foreign";`);

    this.addSql(`alter table "campaign_members" drop constraint "campaign_members_account_id_foreign";`);

    this.addSql(`alter table "posts" drop constraint "posts_account_id_foreign";`);

    this.addSql(`alter table "campaigns" drop constraint "campaigns_organization_id_foreign";`);

    this.addSql(`alter table "api_keys" drop constraint "api_keys_organization_id_foreign";`);

    this.addSql(`alter table "campaign_members" drop constraint "campaign_members_campaign_id_foreign";`);

    this.addSql(`alter table "campaign_posts" drop constraint "campaign_posts_campaign_id_foreign";`);

    this.addSql(`alter table "campaign_posts" drop constraint "campaign_posts_post_id_foreign";`);

    this.addSql(`drop table if exists "creators" cascade;`);

    this.addSql(`drop table if exists "accounts" cascade;`);

    this.addSql(`drop table if exists "creator_niches" cascade;`);

    this.addSql(`drop table if exists "follower_snapshots" cascade;`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "campaigns" cascade;`);

    this.addSql(`drop table if exists "campaign_members" cascade;`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop table if exists "posts" cascade;`);

    this.addSql(`drop table if exists "campaign_posts" cascade;`);
  }

}
