import type { Niche } from './common.js';

// Text: names, handle words, captions and hashtags.

export const FIRST_NAMES: readonly string[] = (
  'Maya Liam Sofia Noah Aisha Lucas Emma Mateo Chloe Arjun Zoe Kenji Lena Omar Isla Diego Nora Felix ' +
  'Amara Leo Hana Gabriel Priya Jonas Camila Ethan Yara Hugo Ines Samuel Freya Rafael Mei Oscar Zara ' +
  'Tomas Ava Kofi Elena Ravi Lucia Finn Nadia Marco Julia Malik Alma Theo'
).split(' ');

export const LAST_NAMES: readonly string[] = (
  'Okafor Silva Nguyen Schmidt Rossi Garcia Kowalski Tanaka Patel Dubois Moreau Jensen Haddad Costa ' +
  'Reyes Novak Fischer Santos Kim Ahmed Larsen Bianchi Lopez Mensah Sato Weber Ortiz Khan Berg Alvarez ' +
  'Ivanova Murphy Cohen Yilmaz Lindqvist Fernandes Walker Morales Singh Hughes Park Romero'
).split(' ');

export const NICHE_WORDS: Readonly<Record<Niche, readonly string[]>> = {
  travel: ['travels', 'wanders', 'roams', 'abroad'],
  fashion: ['style', 'wears', 'closet', 'looks'],
  beauty: ['beauty', 'glow', 'makeup', 'skin'],
  photography: ['shoots', 'frames', 'lens', 'photo'],
  food: ['eats', 'cooks', 'kitchen', 'bakes'],
  lifestyle: ['daily', 'life', 'home', 'days'],
  fitness: ['fit', 'lifts', 'runs', 'moves'],
  gaming: ['plays', 'gg', 'games', 'live'],
  tech: ['tech', 'codes', 'builds', 'reviews'],
  parenting: ['mama', 'papa', 'family', 'littles'],
};

/** Caption openers per niche; some carry commas, quotes and line breaks on purpose (CSV round trips). */
export const CAPTION_LINES: Readonly<Record<Niche, readonly string[]>> = {
  travel: [
    'Golden hour over the old harbour, worth every early alarm',
    'Packing list for 10 days, one carry-on: yes, really',
    'Found a "secret" beach the locals told us about',
    'Night train, window seat, no plans',
  ],
  fashion: [
    'Three ways to wear one linen shirt',
    'Thrifted the whole look, total under 40 bucks',
    'Autumn layers, done properly',
    'The "quiet luxury" trend, explained in one outfit',
  ],
  beauty: [
    'My 5-minute morning routine, step by step',
    'Testing the viral serum for two weeks: honest review',
    'No-makeup makeup, but make it last all day',
    'Sunscreen is not optional, friends',
  ],
  photography: [
    'Shot on a 35mm, no edits',
    'Fog, a bridge, and exactly one minute of good light',
    'Before / after: how I colour-grade street shots',
    'Settings for this one: f/1.8, 1/250, ISO 400',
  ],
  food: [
    'Sunday sourdough, 36 hours in the making',
    'One-pan dinner, 20 minutes, zero regrets',
    "Grandma's recipe, finally written down",
    'Rating every pastry on this street, 1 to 10',
  ],
  lifestyle: [
    'Slow morning, coffee, and a to-do list I will ignore',
    'Reset day: laundry, plants, playlist',
    'Small things that made this week better',
    'Desk tour, because you asked',
  ],
  fitness: [
    'Leg day, no excuses',
    'Full-body workout, no equipment, 25 minutes',
    'Training for my first half marathon: week 6',
    'Form check: deadlifts, the slow way',
  ],
  gaming: [
    'Clutched it with 1 HP, chat went wild',
    'Ranking every boss in the new expansion',
    'Setup upgrade, finally',
    'Speedrun attempt #47, "this is the one"',
  ],
  tech: [
    'Two weeks with the new phone: the good, the bad',
    'Building a home server on a budget',
    'Five apps I actually use every day',
    'Unboxing, setup, first impressions',
  ],
  parenting: [
    'Toddler-approved lunch ideas, round 3',
    'Bedtime routine that finally works (for now)',
    'Rainy day activities, no screens',
    'What is in our diaper bag, honestly',
  ],
};

export const HASHTAGS: Readonly<Record<Niche, readonly string[]>> = {
  travel: ['#travel', '#wanderlust', '#travelgram', '#explore'],
  fashion: ['#ootd', '#style', '#fashion', '#outfit'],
  beauty: ['#skincare', '#makeup', '#beauty', '#glowup'],
  photography: ['#photography', '#35mm', '#streetphotography', '#photooftheday'],
  food: ['#foodie', '#homecooking', '#recipe', '#baking'],
  lifestyle: ['#lifestyle', '#dailyvlog', '#homedecor', '#selfcare'],
  fitness: ['#fitness', '#workout', '#gym', '#running'],
  gaming: ['#gaming', '#gamer', '#twitch', '#esports'],
  tech: ['#tech', '#gadgets', '#review', '#setup'],
  parenting: ['#parenting', '#momlife', '#dadlife', '#familytime'],
};

export const CAPTION_EXTRAS: readonly string[] = [
  'Save this for later ✨',
  'What would you add? Tell me below 👇',
  'Link in bio',
  'Thoughts, anyone?',
  '',
];

/** Share of non-story posts without a caption. Stories never carry one. */
export const CAPTIONLESS_SHARE = 0.03;
