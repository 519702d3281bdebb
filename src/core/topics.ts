/** The ten ThinkAgain principles, numbered 1 to 10 in this order. These slugs are a public contract. */
export const PRINCIPLE_SLUGS = [
  'values',
  'independence',
  'voice',
  'size',
  'commissioning',
  'impact',
  'partnership',
  'volunteering',
  'capacity',
  'place',
] as const;

/** Sections outside the ten that passages may belong to. */
export const EXTRA_TOPIC_SLUGS = ['about', 'figures'] as const;

export const TOPIC_SLUGS = [...PRINCIPLE_SLUGS, ...EXTRA_TOPIC_SLUGS] as const;

export type PrincipleSlug = (typeof PRINCIPLE_SLUGS)[number];
export type TopicSlug = (typeof TOPIC_SLUGS)[number];

export function isPrincipleSlug(value: string): value is PrincipleSlug {
  return (PRINCIPLE_SLUGS as readonly string[]).includes(value);
}

export function isTopicSlug(value: string): value is TopicSlug {
  return (TOPIC_SLUGS as readonly string[]).includes(value);
}

/** How the two sections outside the ten principles are named to users, on every platform. */
export function sectionTitle(topic: TopicSlug): string {
  return topic === 'figures' ? 'Facts and figures' : 'About the paper';
}
