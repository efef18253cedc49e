/**
 * The open article as the user is editing it: the fields as typed and the body's
 * live Lexical editor. `snapshot()` builds what a save writes; it serialises the
 * body once (toJSON, no deep clone) and normalises the short fields to NFC.
 */
import type { LexicalEditor } from 'lexical';
import type { Article, ArticleBody } from '../../../shared/article/schema';
import { toNfc } from '../../../shared/text/nfc';

export type DraftField = 'headline' | 'sapo' | 'byline';

export class ArticleDraft {
  private base: Article;
  private fields: Record<DraftField, string>;
  private editor: LexicalEditor | null = null;

  constructor(article: Article) {
    this.base = article;
    this.fields = { headline: article.headline, sapo: article.sapo, byline: article.byline };
  }

  get id(): string {
    return this.base.id;
  }

  get initialBody(): ArticleBody {
    return this.base.body;
  }

  getField(field: DraftField): string {
    return this.fields[field];
  }

  setField(field: DraftField, value: string): void {
    this.fields[field] = value;
  }

  /** The body editor, once mounted. It stays usable after unmount, so a late save still reads it. */
  attachEditor(editor: LexicalEditor | null): void {
    if (editor) this.editor = editor;
  }

  snapshot(): Article {
    const body = this.editor
      ? (this.editor.getEditorState().toJSON() as unknown as ArticleBody)
      : this.base.body;
    return {
      ...this.base,
      headline: toNfc(this.fields.headline),
      sapo: toNfc(this.fields.sapo),
      byline: toNfc(this.fields.byline),
      body,
    };
  }

  /** Records what the store wrote, so the next snapshot carries its timestamp. */
  markSaved(updatedAt: string): void {
    this.base = { ...this.base, updatedAt };
  }
}
