/**
 * A short, stable reference to a reply that a button can carry in its value (never the content):
 * `passage:<id>`, `principle:<slug>` or `tip:<id>`.
 */
export type ReplyRef = { kind: 'passage'; id: string } | { kind: 'principle'; slug: string } | { kind: 'tip'; id: string };

export function encodeReplyRef(ref: ReplyRef): string {
  return ref.kind === 'principle' ? `principle:${ref.slug}` : `${ref.kind}:${ref.id}`;
}

export function decodeReplyRef(value: string): ReplyRef | undefined {
  const match = /^(passage|principle|tip):([\w.-]{1,200})$/.exec(value);
  if (!match) return undefined;
  const [, kind, id] = match as unknown as [string, ReplyRef['kind'], string];
  return kind === 'principle' ? { kind, slug: id } : { kind, id };
}
