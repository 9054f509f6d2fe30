import type { NICHES } from '../../enums.js';
import type { Platform } from '../../metrics/config.js';

/** Names shared by every parameter topic. */

export type Niche = (typeof NICHES)[number];
export type PostMetric = 'likes' | 'comments' | 'shares' | 'saves' | 'views' | 'reach' | 'impressions';
export type Weighted<T> = readonly (readonly [T, number])[];

export const DEMO_PLATFORMS: readonly Platform[] = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X'];
