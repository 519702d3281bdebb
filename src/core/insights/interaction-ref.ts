/**
 * Buttons carry a passage id and, when the question was recorded, the question's random reference, so a
 * clarify choice or a 👎 can be tied to the question it followed without storing who asked it.
 * Passage ids are lower-case letters, digits and hyphens, so `~` never occurs in one.
 */
const SEPARATOR = '~';

export function withInteractionRef(passageId: string, ref: string | undefined): string {
  return ref ? `${passageId}${SEPARATOR}${ref}` : passageId;
}

export function splitInteractionRef(value: string): { passageId: string; ref?: string } {
  const at = value.indexOf(SEPARATOR);
  if (at < 0) return { passageId: value };
  const ref = value.slice(at + 1);
  return /^[A-Za-z0-9-]{1,64}$/.test(ref) ? { passageId: value.slice(0, at), ref } : { passageId: value.slice(0, at) };
}
