/** Limits that keep every passage and tip readable in a chat message. */
export const CONTENT_LIMITS = {
  titleChars: 80,
  passageChars: 900,
  tipChars: 280,
  minTipsPerPrinciple: 3,
} as const;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
