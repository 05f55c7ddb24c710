import type { z } from 'zod';

/** A zod error as one short sentence per issue, each naming where it is: "fieldName: Too small: …". */
export const issueList = (error: z.ZodError): string[] =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
