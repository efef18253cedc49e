/**
 * Failures reported by main, in words a reporter can act on; spread into
 * messages.ts. Each reads after a sentence such as "Could not save: …".
 *
 * - `errors.fs.*`: main picks one from a file-system call's errno code
 *   (electron/services/file-system-detail.ts) and keeps the code in brackets
 *   for whoever helps the reporter.
 * - `errors.code.*`: what the UI shows for a failure that came without such a
 *   detail (renderer/src/i18n/error-text.ts): main's own English sentence, in
 *   the Vietnamese UI after a Vietnamese summary of what kind of failure it is.
 */
export const errorMessagesEn = {
  'errors.fs.noSpace': 'the disk is full; free some space and try again ({code}).',
  'errors.fs.denied': 'Newsdesk is not allowed to read or write {path} ({code}).',
  'errors.fs.readOnly': 'the disk holding {path} is read-only ({code}).',
  'errors.fs.missing': '{path} is no longer there; it may have been moved or deleted ({code}).',
  'errors.fs.busy': '{path} is in use by another program ({code}).',
  'errors.fs.tooManyOpen': 'too many files are open; close some programs and try again ({code}).',
  'errors.fs.device':
    'the disk could not be read or written; it may be unplugged or failing ({code}).',
  'errors.fs.nameTooLong': 'the path {path} is too long for this disk ({code}).',
  'errors.fs.notAFolder': 'a part of the path {path} is a file, not a folder ({code}).',
  'errors.fs.linkedFolder':
    '{path} is a link or a file, not a folder of the library; nothing was written through it.',
  'errors.code.invalid-request': '{detail}',
  'errors.code.not-found': '{detail}',
  'errors.code.conflict': '{detail}',
  'errors.code.corrupt': '{detail}',
  'errors.code.unsupported-version': '{detail}',
  'errors.code.io': '{detail}',
  'errors.code.forbidden': '{detail}',
  'errors.code.unknown-base': '{detail}',
} as const;

export const errorMessagesVi: Record<keyof typeof errorMessagesEn, string> = {
  'errors.fs.noSpace': 'ổ đĩa đã đầy; hãy giải phóng bớt dung lượng rồi thử lại ({code}).',
  'errors.fs.denied': 'Newsdesk không có quyền đọc hoặc ghi {path} ({code}).',
  'errors.fs.readOnly': 'ổ đĩa chứa {path} chỉ cho đọc ({code}).',
  'errors.fs.missing': '{path} không còn ở đó; có thể đã bị chuyển đi hoặc xoá ({code}).',
  'errors.fs.busy': '{path} đang được chương trình khác dùng ({code}).',
  'errors.fs.tooManyOpen': 'đang mở quá nhiều tệp; hãy đóng bớt chương trình rồi thử lại ({code}).',
  'errors.fs.device': 'không đọc hoặc ghi được ổ đĩa; có thể ổ đã bị rút ra hoặc bị hỏng ({code}).',
  'errors.fs.nameTooLong': 'đường dẫn {path} quá dài với ổ đĩa này ({code}).',
  'errors.fs.notAFolder': 'một phần của đường dẫn {path} là tệp, không phải thư mục ({code}).',
  'errors.fs.linkedFolder':
    '{path} là một liên kết hoặc một tệp, không phải thư mục của thư viện; không có gì được ghi qua đó.',
  'errors.code.invalid-request': 'yêu cầu không hợp lệ. Chi tiết: {detail}',
  'errors.code.not-found': 'không tìm thấy. Chi tiết: {detail}',
  'errors.code.conflict': 'tệp đã được thay đổi ở nơi khác. Chi tiết: {detail}',
  'errors.code.corrupt': 'tệp bị hỏng. Chi tiết: {detail}',
  'errors.code.unsupported-version':
    'tệp do một phiên bản Newsdesk mới hơn tạo ra. Chi tiết: {detail}',
  'errors.code.io': 'lỗi đọc hoặc ghi tệp. Chi tiết: {detail}',
  'errors.code.forbidden': 'không được phép. Chi tiết: {detail}',
  'errors.code.unknown-base': 'bản lưu không khớp với bản trên đĩa. Chi tiết: {detail}',
};
