import { Migration } from '@mikro-orm/migrations';

export class Migration20261129115454_trusted_documents_only extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`api_keys\` add column \`trusted_documents_only\` integer not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`api_keys\` drop column \`trusted_documents_only\`;`);
  }

}
