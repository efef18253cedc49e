/**
 * The live preview shows the exported page in a srcdoc iframe, which inherits
 * the app's Content Security Policy: the page's one `<style>` must be allowed by
 * hash, and nothing else inline may be.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/content-security-policy';
import { renderArticleHtml } from '../../../shared/export';
import { OPTIONS } from '../export/builders';
import { SAMPLE_ARTICLE } from '../export/sample-article';

function directive(name: string): string[] {
  const found = CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1) ?? [];
}

describe('the app policy and the preview', () => {
  it('allows the exported page’s stylesheet by the hash of its exact text', () => {
    const page = renderArticleHtml(SAMPLE_ARTICLE, { ...OPTIONS, format: 'page' });
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');
    expect(directive('style-src')).toEqual(["'self'", `'sha256-${hash}'`]);
  });

  it('keeps scripts to the app’s own files', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
