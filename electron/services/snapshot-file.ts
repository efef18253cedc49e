/**
 * What a history snapshot file holds (docs/article-format.md "History"), read
 * back. A snapshot a newer Newsdesk wrote (a later snapshot format, a later
 * article format, a block this version does not know) is not damaged: it is
 * refused as `unsupported-version`, as store.load refuses such an article.json,
 * so the reporter is told to update rather than that the file is broken
 * ("tệp bị hỏng"), and a restore stops before it writes anything.
 */
import { z } from 'zod';
import { articleSchema, CURRENT_SCHEMA_VERSION, type Article } from '../../shared/article/schema';
import { bodyContentProblem } from '../../shared/article/body-content';
import { SNAPSHOT_REASONS } from '../../shared/ipc/recovery-channels';
import { fail, ok, type Result } from '../../shared/ipc/result';

/** The snapshot format this version writes and reads. */
export const SNAPSHOT_FORMAT = 1;

const snapshotFileSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  takenAt: z.iso.datetime(),
  reason: z.enum(SNAPSHOT_REASONS),
  wordCount: z.number().int().min(0),
  article: articleSchema,
});

function newerThanThisVersion(data: unknown): boolean {
  const snapshot = data as { format?: unknown; article?: { schemaVersion?: unknown } } | null;
  const format = snapshot?.format;
  const schemaVersion = snapshot?.article?.schemaVersion;
  return (
    (typeof format === 'number' && format > SNAPSHOT_FORMAT) ||
    (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION)
  );
}

/** The article in snapshot `file` (its text), which must be article `id`'s. */
export function parseSnapshotText(text: string, file: string, id: string): Result<Article> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('corrupt', `${file} is not valid JSON; it may be damaged. It was left untouched.`);
  }
  const newer = `${file} was made by a newer Newsdesk. Update Newsdesk to open it. It was left untouched.`;
  if (newerThanThisVersion(data)) return fail('unsupported-version', newer);
  const parsed = snapshotFileSchema.safeParse(data);
  if (!parsed.success || parsed.data.article.id !== id)
    return fail(
      'corrupt',
      `${file} is not a snapshot this Newsdesk can read. It was left untouched.`,
    );
  // The checks store.load makes beyond the schema: such a version could be
  // previewed but never saved, so its restore failed after its undo was written.
  const content = bodyContentProblem(parsed.data.article.body.root);
  if (content?.kind === 'unsupported') return fail('unsupported-version', newer);
  if (content)
    return fail(
      'corrupt',
      `${file} holds ${content.message} at "${content.path}". It was left untouched.`,
    );
  return ok(parsed.data.article);
}
