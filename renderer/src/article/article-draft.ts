/**
 * The open article as the user is editing it: the fields as typed and the body's
 * live Lexical editor. `snapshot()` builds what a save writes; it serialises the
 * body once, re-serialising only the blocks changed since the last snapshot
 * (body-serializer.ts), and normalises the short fields to NFC.
 */
import type { LexicalEditor } from 'lexical';
import type { Article, ArticleBody } from '../../../shared/article/schema';
import { toNfc } from '../../../shared/text/nfc';
import { BodySerializer } from './body-serializer';

export type DraftField = 'headline' | 'sapo' | 'byline';

export class ArticleDraft {
  private base: Article;
  private fields: Record<DraftField, string>;
  /** The slug as typed in the metadata ('' = from the headline); validated where it is typed. */
  private slug: string;
  private editor: LexicalEditor | null = null;
  private readonly bodySerializer = new BodySerializer();
  private readonly listeners = new Set<() => void>();

  constructor(article: Article) {
    this.base = article;
    this.fields = { headline: article.headline, sapo: article.sapo, byline: article.byline };
    this.slug = article.meta.slug;
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
    this.notify();
  }

  getSlug(): string {
    return this.slug;
  }

  setSlug(value: string): void {
    this.slug = value;
    this.notify();
  }

  /**
   * Calls `listener` after any edit (a field, the slug, the body's content; not
   * a mere caret move), for views that follow the article such as the preview.
   * Listeners must be cheap: they run on the typing path, so they only schedule work.
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** The body editor, once mounted. It stays usable after unmount, so a late save still reads it. */
  attachEditor(editor: LexicalEditor | null): void {
    if (!editor || editor === this.editor) return;
    this.editor = editor;
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) this.notify();
    });
  }

  snapshot(): Article {
    const body = this.editor
      ? this.bodySerializer.serialize(this.editor.getEditorState())
      : this.base.body;
    return {
      ...this.base,
      headline: toNfc(this.fields.headline),
      sapo: toNfc(this.fields.sapo),
      byline: toNfc(this.fields.byline),
      body,
      meta: { ...this.base.meta, slug: toNfc(this.slug) },
    };
  }

  /** Records what the store wrote, so the next snapshot carries its timestamp. */
  markSaved(updatedAt: string): void {
    this.base = { ...this.base, updatedAt };
  }
}
