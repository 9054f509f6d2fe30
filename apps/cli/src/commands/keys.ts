/** `keys list|create|revoke`: your organization's API keys (an ADMIN key). */
import type { ApiKeysQuery, ApiScope } from '@creatorgraph/sdk';
import { type Command, Option } from 'commander';
import { enumListParser } from '../args.js';
import { type Io, payload, type Session, unwrap } from '../context.js';
import { SCOPES } from '../enums.js';
import { type Column, formatDate } from '../output.js';
import { action } from './shared.js';

type Key = ApiKeysQuery['viewer']['apiKeys'][number];

const keyColumns: Column<Key>[] = [
  { header: 'prefix', value: (k) => k.prefix },
  { header: 'name', value: (k) => k.name },
  { header: 'scopes', value: (k) => k.scopes.join(' ') },
  {
    header: 'trusted_only',
    value: (k) => k.trustedDocumentsOnly,
    format: (k) => (k.trustedDocumentsOnly ? 'yes' : 'no'),
  },
  { header: 'created_at', value: (k) => k.createdAt, format: (k) => formatDate(k.createdAt) },
  { header: 'last_used_at', value: (k) => k.lastUsedAt, format: (k) => formatDate(k.lastUsedAt) },
  { header: 'revoked_at', value: (k) => k.revokedAt, format: (k) => formatDate(k.revokedAt) },
];

async function list(session: Session): Promise<void> {
  const keys = unwrap(await session.sdk().apiKeys()).viewer.apiKeys;
  session.out.result({ data: keys, rows: keys, columns: keyColumns });
}

interface CreateOptions {
  name: string;
  scopes: ApiScope[];
  trustedOnly?: boolean;
}

async function create(session: Session, o: CreateOptions): Promise<void> {
  const res = unwrap(
    await session
      .sdk()
      .createApiKey({ input: { name: o.name, scopes: o.scopes, trustedDocumentsOnly: o.trustedOnly ?? false } }),
  );
  const created = payload(res.createApiKey, 'CreateApiKeyPayload');
  session.out.result({
    data: created,
    human: () => {
      session.out.line(created.secret);
      session.out.note(
        session.out.colors.dim(
          `key ${created.apiKey.prefix} (${created.apiKey.scopes.join(' ')}): the secret above is shown once, store it now`,
        ),
      );
    },
  });
}

async function revoke(session: Session, _o: object, prefix: string): Promise<void> {
  const res = unwrap(await session.sdk().revokeApiKey({ prefix }));
  const revoked = payload(res.revokeApiKey, 'RevokeApiKeyPayload');
  session.out.result({
    data: revoked,
    human: () => session.out.line(`revoked ${revoked.apiKey.prefix} at ${formatDate(revoked.apiKey.revokedAt)}`),
  });
}

export function registerKeys(program: Command, io: Io): void {
  const keys = program.command('keys').description("Your organization's API keys (needs an admin key)");
  keys
    .command('list')
    .description('Keys with their scopes and last use; secrets are never shown again')
    .action(action<[], object>(io, list));
  keys
    .command('create')
    .description('Create a key and print its secret (once)')
    .requiredOption('--name <name>', 'what the key is for')
    .addOption(
      new Option('--scopes <scopes>', 'read, write, admin (comma-separated)')
        .argParser(enumListParser(SCOPES))
        .default(['READ'], 'read'),
    )
    .option('--trusted-only', 'the key may only run the SDK’s trusted documents')
    .action(action<[], CreateOptions>(io, create));
  keys
    .command('revoke')
    .description('Revoke a key by its prefix; it is refused from the next request on')
    .argument('<prefix>', 'the key prefix, e.g. cg_AbCdEfGh')
    .action(action<[string], object>(io, revoke));
}
