import { Migration } from '@mikro-orm/migrations';

export class Migration20261129122436_accounts_creator_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "accounts_creator_id_index" on "accounts" ("creator_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "accounts_creator_id_index";`);
  }

}
