import { Migration } from '@mikro-orm/migrations';

/** Expires (or creates expired) the account_metrics row of `account` and bumps its generation. */
const touch = (account: string) =>
  `insert into account_metrics (account_id, generation, valid_until) select ${account}, 1, 0 ` +
  `where exists (select 1 from accounts where id = ${account}) ` +
  'on conflict (account_id) do update set generation = account_metrics.generation + 1, valid_until = 0;';

export class Migration20261129135115_account_metrics extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`account_metrics\` (\`account_id\` integer not null, \`generation\` integer not null default 0, \`computed_at\` datetime null, \`valid_until\` datetime null, \`sample_size\` integer null, \`excluded\` integer null, \`engagement\` double null, \`rate_variance\` double null, \`inverse_base_mean\` double null, \`interval_low\` double null, \`interval_high\` double null, \`total_interactions\` double null, \`avg_interactions\` double null, \`interaction_cv\` double null, \`components\` integer null, \`total_likes\` double null, \`total_comments\` double null, \`spike_penalty\` double null, \`follow_back_penalty\` double null, \`authentic_followers\` integer null, constraint \`account_metrics_account_id_foreign\` foreign key(\`account_id\`) references \`accounts\`(\`id\`) on delete cascade on update cascade, primary key (\`account_id\`));`);
    this.addSql(`create index \`account_metrics_valid_until_index\` on \`account_metrics\` (\`valid_until\`);`);
    this.addSql(`create index \`account_metrics_engagement_index\` on \`account_metrics\` (\`engagement\`);`);
    this.addSql(`create index \`account_metrics_computed_at_index\` on \`account_metrics\` (\`computed_at\`);`);
    // Every account has a row (expired until computed), so readers find what to recompute by an index.
    this.addSql('insert into `account_metrics` (`account_id`, `generation`, `valid_until`) select `id`, 1, 0 from `accounts`;');
    this.addSql(
      'create trigger `accounts_insert_account_metrics` after insert on `accounts` begin ' +
        'insert into account_metrics (account_id, generation, valid_until) values (new.id, 1, 0) on conflict do nothing; end;',
    );

    // Any change to an account's posts, snapshots or follower counts expires its row in the same transaction
    // (docs/decisions/0015-precomputed-account-metrics.md). The guard skips accounts being deleted.
    for (const [table, event, row] of [
      ['posts', 'insert', 'new.account_id'],
      ['posts', 'update', 'new.account_id'],
      ['posts', 'delete', 'old.account_id'],
      ['follower_snapshots', 'insert', 'new.account_id'],
      ['follower_snapshots', 'update', 'new.account_id'],
      ['follower_snapshots', 'delete', 'old.account_id'],
    ] as const) {
      this.addSql(
        `create trigger \`${table}_${event}_account_metrics\` after ${event} on \`${table}\` begin ${touch(row)} end;`,
      );
    }
    this.addSql(
      `create trigger \`accounts_update_account_metrics\` after update of \`followers\`, \`following\` on \`accounts\` ` +
        `when new.followers is not old.followers or new.following is not old.following begin ${touch('new.id')} end;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `account_metrics`;');
  }

}
