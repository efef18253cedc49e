/**
 * Whether this version of Newsdesk can open a stored body: every node of a
 * type it knows, each figure and related-news box with valid fields, nesting
 * no deeper than the export renders. The store checks it when it loads a file
 * (after body-check.ts's shape check), so a file from a newer Newsdesk or a
 * hand-edited one is refused with a clear error and left untouched. Opened
 * anyway, such a body made Lexical's first update throw: the editor showed an
 * empty body, and the next edit saved it over every paragraph.
 */
import { EDITOR_NODE_TYPES } from '../export/node-types';
import { serializedFigureSchema, serializedRelatedNewsSchema } from './blocks';

/** As the export's renderer (render-article.ts): deeper is refused there too. */
export const MAX_BODY_DEPTH = 100;

const KNOWN_TYPES: ReadonlySet<string> = new Set(EDITOR_NODE_TYPES);

const BLOCK_SCHEMAS = {
  figure: serializedFigureSchema,
  'related-news': serializedRelatedNewsSchema,
} as const;

export interface BodyContentProblem {
  /**
   * `unsupported`: a type this version does not know (a newer Newsdesk);
   * `too-deep`: nesting past MAX_BODY_DEPTH; `invalid`: a damaged node.
   */
  kind: 'unsupported' | 'too-deep' | 'invalid';
  path: string;
  message: string;
}

/** The first problem in `root` (a shape-checked body's root), or null. */
export function bodyContentProblem(root: { children: unknown[] }): BodyContentProblem | null {
  // An explicit stack, as in body-check.ts: no recursion over a hostile file.
  const stack: { nodes: unknown[]; path: string; depth: number }[] = [
    { nodes: root.children, path: 'body.root.children', depth: 1 },
  ];
  while (stack.length > 0) {
    const { nodes, path, depth } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) {
      return { kind: 'too-deep', path, message: `nested deeper than ${MAX_BODY_DEPTH} levels` };
    }
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i] as { type: string; children?: unknown[] };
      const at = `${path}.${i}`;
      if (!KNOWN_TYPES.has(node.type) || node.type === 'root') {
        return {
          kind: 'unsupported',
          path: at,
          message: `a "${node.type}" block, which this version of Newsdesk does not know`,
        };
      }
      const schema = BLOCK_SCHEMAS[node.type as keyof typeof BLOCK_SCHEMAS];
      if (schema) {
        const parsed = schema.safeParse(node);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return {
            kind: 'invalid',
            path: [at, ...(issue?.path ?? [])].join('.'),
            message: `a ${node.type} block that is not valid (${issue?.message ?? 'unknown problem'})`,
          };
        }
      }
      if (node.children)
        stack.push({ nodes: node.children, path: `${at}.children`, depth: depth + 1 });
    }
  }
  return null;
}
