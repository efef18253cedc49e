/**
 * How a failure from main reads in the UI: its localized detail when main sent
 * one, else main's English sentence, introduced in Vietnamese by the kind of
 * failure, so a Vietnamese reporter at least knows what went wrong.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, type MessageKey, type MessageParams } from '../../../shared/i18n/messages';
import type { ErrorCode } from '../../../shared/ipc/result';
import type { UiLanguage } from '../../../shared/settings';
import { errorText } from '../../../renderer/src/i18n/error-text';

const translate = (language: UiLanguage) => (key: MessageKey, params?: MessageParams) =>
  formatMessage(language, key, params);

describe('errorText', () => {
  it('shows the detail main sent, in the UI language', () => {
    const error = {
      code: 'io' as const,
      message: 'Could not save article x: ENOSPC: no space left on device, write',
      detail: { key: 'errors.fs.noSpace' as const, params: { path: '/lib/x', code: 'ENOSPC' } },
    };
    expect(errorText(translate('vi'), error)).toBe(
      'ổ đĩa đã đầy; hãy giải phóng bớt dung lượng rồi thử lại (ENOSPC).',
    );
    expect(errorText(translate('en'), error)).toBe(
      'the disk is full; free some space and try again (ENOSPC).',
    );
  });

  it('keeps main’s sentence as it is in English and introduces it in Vietnamese', () => {
    const error = { code: 'corrupt' as const, message: '/lib/x/article.json is not valid JSON.' };
    expect(errorText(translate('en'), error)).toBe(error.message);
    expect(errorText(translate('vi'), error)).toBe(
      'tệp bị hỏng. Chi tiết: /lib/x/article.json is not valid JSON.',
    );
  });

  it('has a Vietnamese introduction for every error code', () => {
    const codes: ErrorCode[] = [
      'invalid-request',
      'not-found',
      'conflict',
      'corrupt',
      'unsupported-version',
      'io',
      'forbidden',
      'unknown-base',
    ];
    for (const code of codes) {
      const text = errorText(translate('vi'), { code, message: 'M' });
      expect(text).toMatch(/^[^M]+\. Chi tiết: M$/);
    }
  });
});
