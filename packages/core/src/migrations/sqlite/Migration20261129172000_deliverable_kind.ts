import { Migration } from '@mikro-orm/migrations';

export class Migration20261129172000_deliverable_kind extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`campaign_members\` add column \`kind\` text check (\`kind\` in ('PHOTO', 'CAROUSEL', 'VIDEO', 'REEL', 'STORY', 'SHORT', 'LIVE')) not null default 'PHOTO';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`campaign_members\` drop column \`kind\`;`);
  }

}
