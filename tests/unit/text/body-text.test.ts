/**
 * The saved body's word count (the version history's, electron/services/
 * version-history.ts) counts what the status bar counts for the open article
 * (renderer/src/status/useBodyCounts.ts): the story's text and its figure
 * captions, not the photo credits, alt texts or related-news boxes.
 */
import { describe, expect, it } from 'vitest';
import { countBodyWords } from '../../../electron/services/version-history';
import { bodyTextForCounting } from '../../../shared/text/body-text';
import { article, figure, paragraph, relatedNews, text } from '../checks/builders';

describe('bodyTextForCounting', () => {
  const { body } = article({
    body: [
      paragraph(text('Hà Nội đón rét')),
      figure({
        caption: 'Cầu Long Biên lúc bình minh',
        credit: 'Ảnh: Lê Minh',
        alt: 'Cây cầu sắt',
      }),
      relatedNews('Tin mới', {}),
      paragraph(text('Người dân co ro')),
    ],
  });

  it('counts a figure’s caption, as the status bar does, and not its credit or alt', () => {
    const counted = bodyTextForCounting(body);
    expect(counted).toContain('Cầu Long Biên lúc bình minh');
    expect(counted).not.toContain('Lê Minh');
    expect(counted).not.toContain('Cây cầu sắt');
    // 4 + 6 (the caption) + 4: a version in the history shows the status bar's number.
    expect(countBodyWords(body)).toBe(14);
  });

  it('keeps a caption apart from the text around it', () => {
    const { body: joined } = article({
      body: [paragraph(text('Trước')), figure({ caption: 'Giữa' }), paragraph(text('Sau'))],
    });
    expect(bodyTextForCounting(joined).split('\n').filter(Boolean)).toEqual([
      'Trước',
      'Giữa',
      'Sau',
    ]);
  });
});
