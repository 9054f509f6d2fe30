import type { PostKind } from '../../metrics/config.js';
import { CAPTION_EXTRAS, CAPTION_LINES, CAPTIONLESS_SHARE, HASHTAGS, type Niche } from '../parameters/index.js';
import type { Random } from '../random.js';

// Captions: a niche line, the sponsor's disclosure, an extra and hashtags.

export function makeCaption(
  rng: Random,
  niches: readonly Niche[],
  kind: PostKind,
  brand: string | null,
): string | null {
  if (kind === 'STORY' || rng.bool(CAPTIONLESS_SHARE)) return null;
  const niche = rng.pick(niches);
  let text = rng.pick(CAPTION_LINES[niche]);
  if (brand !== null) text += rng.bool(0.5) ? `, with ${brand} #ad` : ` (paid partnership with ${brand})`;
  const extra = rng.pick(CAPTION_EXTRAS);
  if (extra !== '') text += `. ${extra}`;
  const tags = rng.sample(HASHTAGS[niche], rng.int(1, 3)).join(' ');
  // Multi-line captions are common on Instagram; they also exercise CSV quoting.
  return `${text}${rng.bool(0.4) ? '\n\n' : ' '}${tags}`;
}
