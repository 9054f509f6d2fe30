import type { Platform } from '../../metrics/config.js';
import { NICHE_WORDS } from '../parameters/index.js';
import { mix32, type Random } from '../random.js';
import type { CreatorPlan, World } from './world.js';

// Identifiers: unique handles and platform-shaped external ids that never collide.

const HANDLE_MAX_LENGTH: Readonly<Record<Platform, number>> = { INSTAGRAM: 30, TIKTOK: 24, YOUTUBE: 30, X: 15 };

export interface GeneratorState {
  handles: Record<Platform, Set<string>>;
  accountIds: Record<Platform, number>;
  postIds: Record<Platform, number>;
  accountIndex: number;
  /** Running count of accounts eligible for the follow-back pattern. */
  followBackIndex: number;
}

export function newState(): GeneratorState {
  const perPlatform = <T>(make: () => T): Record<Platform, T> => ({
    INSTAGRAM: make(),
    TIKTOK: make(),
    YOUTUBE: make(),
    X: make(),
  });
  return {
    handles: perPlatform(() => new Set<string>()),
    accountIds: perPlatform(() => 0),
    postIds: perPlatform(() => 0),
    accountIndex: 0,
    followBackIndex: 0,
  };
}

/** A 4-round Feistel permutation of [0, 2^40): counters become random-looking ids that never collide. */
function permute40(value: number, key: number): number {
  let left = Math.floor(value / 0x100000);
  let right = value % 0x100000;
  for (let round = 0; round < 4; round++) {
    const f = mix32(right ^ mix32(key + round)) & 0xfffff;
    const next = left ^ f;
    left = right;
    right = next;
  }
  return left * 0x100000 + right;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64url(value: number, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = BASE64URL[rest % 64] + out;
    rest = Math.floor(rest / 64);
  }
  return out;
}

function randomBase64url(rng: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE64URL[rng.int(0, 63)];
  return out;
}

/** Platform-shaped ids; uniqueness comes from the permuted per-platform counter in each. */
export function externalId(
  world: World,
  rng: Random,
  platform: Platform,
  kind: 'account' | 'post',
  counter: number,
): string {
  const permuted = permute40(counter, world.idKeys[platform][kind]);
  const digits = String(permuted).padStart(13, '0');
  switch (platform) {
    case 'INSTAGRAM':
      return kind === 'account' ? `1784${digits}` : `18${digits}${rng.int(10, 99)}`;
    case 'TIKTOK':
      return `${kind === 'account' ? 6 : 7}${rng.int(10_000, 99_999)}${digits}`;
    case 'YOUTUBE':
      return kind === 'account'
        ? `UC${base64url(permuted, 7)}${randomBase64url(rng, 15)}`
        : `${base64url(permuted, 7)}${randomBase64url(rng, 4)}`;
    case 'X':
      return `1${rng.int(10_000, 99_999)}${digits}`;
  }
}

function sanitizeHandle(raw: string, platform: Platform): string {
  let handle = raw.toLowerCase().replace(/[^a-z0-9._]/g, '');
  // X allows only letters, digits and underscores.
  if (platform === 'X') handle = handle.replace(/\./g, '_');
  return handle;
}

function withSuffix(base: string, suffix: string, platform: Platform): string {
  return base.slice(0, HANDLE_MAX_LENGTH[platform] - suffix.length) + suffix;
}

export function assignHandle(
  state: GeneratorState,
  rng: Random,
  plan: CreatorPlan,
  style: number,
  platform: Platform,
): string {
  const used = state.handles[platform];
  const first = plan.first.toLowerCase();
  const last = plan.last.toLowerCase();
  const word = NICHE_WORDS[plan.niches[0] ?? 'lifestyle'][plan.index % 4] ?? 'daily';
  const variants = [
    `${first}${last}`,
    `${first}.${last}`,
    `${first}_${last}`,
    `${first}.${word}`,
    `${first}${last.slice(0, 1)}`,
    `the${first}${last}`,
    `${first}${word}`,
  ];
  const rotated = variants.map((_, i) => variants[(i + style) % variants.length] as string);
  const bases = rotated.map((v) => sanitizeHandle(v, platform));
  let handle: string | undefined = bases.find((b) => b.length <= HANDLE_MAX_LENGTH[platform] && !used.has(b));
  const base = bases[0] as string;
  for (let attempt = 0; handle === undefined && attempt < 20; attempt++) {
    const candidate = withSuffix(base, String(rng.int(attempt < 10 ? 1 : 100, attempt < 10 ? 99 : 99_999)), platform);
    if (!used.has(candidate)) handle = candidate;
  }
  // Dense name spaces (millions of creators) end here: the running account index is unique.
  handle ??= withSuffix(base, `_${state.accountIndex.toString(36)}`, platform);
  used.add(handle);
  return handle;
}
