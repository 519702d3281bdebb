export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Every problem found in content/, so an editor can fix them all in one pass. */
export class ContentError extends Error {
  readonly code = 'thinkagain_content_invalid';

  constructor(readonly problems: ContentProblem[]) {
    super(`The knowledge base in content/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function formatProblem(p: ContentProblem): string {
  return `  - ${p.file}: ${p.field}: ${p.message}`;
}
