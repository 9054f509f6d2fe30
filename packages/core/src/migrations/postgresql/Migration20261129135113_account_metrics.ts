import { Migration } from '@mikro-orm/migrations';

export class Migration20261129135113_account_metrics extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account_metrics" ("account_id" int not null, "generation" int not null default 0, "computed_at" timestamptz null, "valid_until" timestamptz null, "sample_size" int null, "excluded" int null, "engagement" double precision null, "rate_variance" double precision null, "inverse_base_mean" double precision null, "interval_low" double precision null, "interval_high" double precision null, "total_interactions" double precision null, "avg_interactions" double precision null, "interaction_cv" double precision null, "components" int null, "total_likes" double precision null, "total_comments" double precision null, "spike_penalty" double precision null, "follow_back_penalty" double precision null, "authentic_followers" int null, constraint "account_metrics_pkey" primary key ("account_id"));`);
    this.addSql(`create index "account_metrics_valid_until_index" on "account_metrics" ("valid_until");`);
    this.addSql(`create index "account_metrics_engagement_index" on "account_metrics" ("engagement");`);
    this.addSql(`create index "account_metrics_computed_at_index" on "account_metrics" ("computed_at");`);

    this.addSql(`alter table "account_metrics" add constraint "account_metrics_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);

    // Any change to an account's posts, snapshots or follower counts expires its row in the same transaction
    // (docs/decisions/0015-precomputed-account-metrics.md). Statement-level triggers with transition tables:
    // one upsert per statement, so a COPY-and-merge import pays once per batch, not once per row. The guard
    // skips accounts being deleted (their rows go by cascade).
    this.addSql(`create function account_metrics_expire(ids int[]) returns void language sql as $$
      insert into account_metrics (account_id, generation, valid_until)
      select distinct a.id, 1, timestamptz 'epoch' from accounts a where a.id = any(ids)
      on conflict (account_id) do update set generation = account_metrics.generation + 1, valid_until = timestamptz 'epoch'
    $$;`);
    this.addSql(`create function account_metrics_rows_inserted() returns trigger language plpgsql as $$
      begin perform account_metrics_expire(array(select distinct account_id from changed_new)); return null; end $$;`);
    this.addSql(`create function account_metrics_rows_deleted() returns trigger language plpgsql as $$
      begin perform account_metrics_expire(array(select distinct account_id from changed_old)); return null; end $$;`);
    this.addSql(`create function account_metrics_rows_updated() returns trigger language plpgsql as $$
      begin
        perform account_metrics_expire(array(
          select account_id from changed_new union select account_id from changed_old));
        return null;
      end $$;`);
    this.addSql(`create function account_metrics_accounts_updated() returns trigger language plpgsql as $$
      begin
        perform account_metrics_expire(array(
          select n.id from changed_new n join changed_old o on o.id = n.id
          where n.followers is distinct from o.followers or n.following is distinct from o.following));
        return null;
      end $$;`);
    for (const table of ['posts', 'follower_snapshots']) {
      this.addSql(`create trigger ${table}_insert_account_metrics after insert on ${table}
        referencing new table as changed_new for each statement execute function account_metrics_rows_inserted();`);
      this.addSql(`create trigger ${table}_delete_account_metrics after delete on ${table}
        referencing old table as changed_old for each statement execute function account_metrics_rows_deleted();`);
      this.addSql(`create trigger ${table}_update_account_metrics after update on ${table}
        referencing old table as changed_old new table as changed_new
        for each statement execute function account_metrics_rows_updated();`);
    }
    // Every account has a row (expired until computed), so readers find what to recompute by an index.
    this.addSql(`insert into account_metrics (account_id, generation, valid_until) select id, 1, timestamptz 'epoch' from accounts;`);
    this.addSql(`create function account_metrics_accounts_inserted() returns trigger language plpgsql as $$
      begin
        insert into account_metrics (account_id, generation, valid_until)
        select id, 1, timestamptz 'epoch' from changed_new on conflict (account_id) do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger accounts_insert_account_metrics after insert on accounts
      referencing new table as changed_new for each statement execute function account_metrics_accounts_inserted();`);
    this.addSql(`create trigger accounts_update_account_metrics after update on accounts
      referencing old table as changed_old new table as changed_new
      for each statement execute function account_metrics_accounts_updated();`);
  }

  override async down(): Promise<void> {
    for (const table of ['posts', 'follower_snapshots']) {
      for (const event of ['insert', 'delete', 'update']) {
        this.addSql(`drop trigger if exists ${table}_${event}_account_metrics on ${table};`);
      }
    }
    this.addSql('drop trigger if exists accounts_update_account_metrics on accounts;');
    this.addSql('drop trigger if exists accounts_insert_account_metrics on accounts;');
    this.addSql(`drop table if exists "account_metrics" cascade;`);
    for (const fn of ['rows_inserted', 'rows_deleted', 'rows_updated', 'accounts_updated', 'accounts_inserted']) {
      this.addSql(`drop function if exists account_metrics_${fn}();`);
    }
    this.addSql('drop function if exists account_metrics_expire(int[]);');
  }

}
