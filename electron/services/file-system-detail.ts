/**
 * What a failed file-system call means to a reporter, in their language: the
 * errno code Node gives (ENOSPC, EACCES…) picks a message of the catalogue
 * (shared/i18n/file-system-messages.ts), so "Không lưu được: ổ đĩa đã đầy"
 * replaces an English "ENOSPC: no space left on device, write". Codes that a
 * reporter cannot act on get no detail; the UI then shows main's sentence.
 */
import type { MessageKey } from '../../shared/i18n/messages';
import type { LocalizedDetail } from '../../shared/ipc/result';

const MESSAGE_BY_CODE: Readonly<Record<string, MessageKey>> = {
  ENOSPC: 'errors.fs.noSpace',
  EDQUOT: 'errors.fs.noSpace',
  EACCES: 'errors.fs.denied',
  EPERM: 'errors.fs.denied',
  EROFS: 'errors.fs.readOnly',
  ENOENT: 'errors.fs.missing',
  EBUSY: 'errors.fs.busy',
  ETXTBSY: 'errors.fs.busy',
  EMFILE: 'errors.fs.tooManyOpen',
  ENFILE: 'errors.fs.tooManyOpen',
  EIO: 'errors.fs.device',
  ENXIO: 'errors.fs.device',
  ENODEV: 'errors.fs.device',
  ENAMETOOLONG: 'errors.fs.nameTooLong',
  // A file where the library (or a folder in it) should be.
  ENOTDIR: 'errors.fs.notAFolder',
};

/** The localized detail of a Node file-system error, or undefined for anything else. */
export function fileSystemDetail(error: unknown): LocalizedDetail | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const key = typeof code === 'string' ? MESSAGE_BY_CODE[code] : undefined;
  if (!key) return undefined;
  return { key, params: { path: typeof path === 'string' ? path : '', code: code! } };
}
