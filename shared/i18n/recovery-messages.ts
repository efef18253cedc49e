/**
 * UI strings of crash recovery, version history, external changes and damaged
 * articles (issue #6), spread into messages.ts. The English button names are
 * accessible names the end-to-end tests use.
 */
export const recoveryMessagesEn = {
  'recovery.title': 'Unsaved edits were found',
  'recovery.intro':
    'Newsdesk closed before these edits were saved. Nothing has been overwritten: choose what to keep.',
  'recovery.restore': 'Restore unsaved edits',
  'recovery.keepBoth': 'Keep both',
  'recovery.discard': 'Discard',
  'recovery.writtenAt': 'Typed {time}',
  'recovery.sameBase': 'The article on disk has not changed since; restoring saves these edits.',
  'recovery.movedOn':
    'The article on disk has changed since these edits were made. “Restore unsaved edits” replaces it (the disk version stays in the version history); “Keep both” saves the edits as a new article.',
  'recovery.missing':
    'The article is no longer in the library ({detail}). “Keep both” saves the edits as a new article.',
  'recovery.damaged':
    'The article on disk cannot be read ({detail}). “Keep both” saves the edits as a new article.',
  'recovery.failed': 'Could not restore the edits: {detail}',
  'recovery.otherLibrary':
    'Unsaved edits of {count} {count:article|articles} from another library ({library}) are kept in {folder}. Open that library to restore them.',
  'recovery.otherLibraryUnnamed':
    'Unsaved edits of {count} {count:article|articles} from another library are kept in {folder}. Open that library to restore them.',
  'recovery.unreadable':
    '{count} {count:file|files} of unsaved edits could not be read and {count:was|were} kept in {folder}: {files}. Open {count:it|them} in a text editor to copy the words out.',
  'diff.title': 'What differs from the version on disk',
  'diff.field': '{field}: “{before}” → “{after}”',
  'diff.summary':
    '{added} {added:paragraph|paragraphs} added or changed, {removed} removed, {unchanged} unchanged.',
  'diff.added': 'Only in your edits',
  'diff.removed': 'Only on disk',
  'diff.more': '…and {count} more {count:change|changes}.',
  'diff.none': 'The text is the same; other details differ.',
  'diff.part.caption': 'Caption',
  'diff.part.credit': 'Photo credit',
  'diff.part.alt': 'Alt text',
  'diff.part.related-heading': 'Related-news heading',
  'diff.part.related-headline': 'Related headline',
  'diff.part.related-summary': 'Related summary',

  'external.title': 'This article changed on disk',
  'external.body':
    'Another program or a colleague changed this article while you had unsaved edits. Choose which version to keep.',
  'external.keepMine': 'Keep mine',
  'external.loadTheirs': 'Load theirs',
  'external.keepBoth': 'Keep both',
  'external.reloaded': 'The article was changed on disk and has been reloaded.',
  'external.failed': 'Could not resolve the change: {detail}',
  'external.goneTitle': 'This article is no longer in the library',
  'external.goneBody':
    'It was moved to the trash or deleted elsewhere, or its folder cannot be reached, while you had unsaved edits. Save them as a new article, or keep editing until it is back.',
  'external.saveAsNew': 'Save as a new article',
  'external.keepEditing': 'Keep editing',

  'history.open': 'Version history',
  'history.title': 'Version history',
  'history.close': 'Close',
  'history.empty': 'No earlier versions yet. Versions are kept every few minutes while you write.',
  'history.item': '{time} · {reason} · {words} {words:word|words}',
  'history.reason.autosave': 'While editing',
  'history.reason.export': 'Exported',
  'history.reason.before-restore': 'Before a restore',
  'history.reason.replaced': 'Replaced by “Keep mine”',
  'history.reason.set-aside': 'Yours, set aside by “Load theirs”',
  'history.reason.sync-copy': 'Kept by a sync tool',
  'syncCopies.found':
    'A sync tool (Dropbox, OneDrive, Syncthing…) kept {count} other {count:version|versions} of this article, saved on another computer at the same time. {count:It is|They are} now in Version history: preview {count:it|them} there and restore what you need.',
  'syncCopies.show': 'Open version history',
  'syncCopies.dismiss': 'Dismiss',
  'syncCopies.failed':
    'A sync tool kept another version of this article, but it could not be moved into Version history: {detail}',
  'history.preview': 'Preview',
  'history.restore': 'Restore',
  'history.undoRestore': 'Undo restore',
  'history.restored': 'The version of {time} is now the current version.',
  'history.previewTitle': 'Version of {time}',
  'history.failed': 'Version history: {detail}',

  'damaged.title': 'This article cannot be opened',
  'damaged.corrupt':
    'Its file is damaged or incomplete. Newsdesk has not changed it. You can open its folder and recover the text by hand, or restore an earlier version from a backup.',
  'damaged.unsupported-version':
    'It was saved by a newer version of Newsdesk. Update Newsdesk to open it; the file has not been changed.',
  'damaged.showInFolder': 'Show in folder',
  'damaged.historyOf': 'Version history of {id}',
  'damaged.path': 'The file is at: {path}',
} as const;

export type RecoveryMessageKey = keyof typeof recoveryMessagesEn;

export const recoveryMessagesVi: Record<RecoveryMessageKey, string> = {
  'recovery.title': 'Tìm thấy nội dung chưa lưu',
  'recovery.intro':
    'Newsdesk đã đóng trước khi lưu các thay đổi này. Chưa có gì bị ghi đè: hãy chọn bản muốn giữ.',
  'recovery.restore': 'Khôi phục nội dung chưa lưu',
  'recovery.keepBoth': 'Giữ cả hai',
  'recovery.discard': 'Bỏ đi',
  'recovery.writtenAt': 'Gõ lúc {time}',
  'recovery.sameBase': 'Bài trên đĩa chưa thay đổi từ đó; khôi phục sẽ lưu các thay đổi này.',
  'recovery.movedOn':
    'Bài trên đĩa đã thay đổi sau khi bạn sửa. “Khôi phục nội dung chưa lưu” sẽ thay bản trên đĩa (bản đó vẫn nằm trong lịch sử phiên bản); “Giữ cả hai” lưu nội dung của bạn thành bài mới.',
  'recovery.missing':
    'Bài không còn trong thư viện ({detail}). “Giữ cả hai” lưu nội dung thành bài mới.',
  'recovery.damaged':
    'Không đọc được bài trên đĩa ({detail}). “Giữ cả hai” lưu nội dung thành bài mới.',
  'recovery.failed': 'Không khôi phục được: {detail}',
  'recovery.otherLibrary':
    'Nội dung chưa lưu của {count} bài thuộc một thư viện khác ({library}) vẫn được giữ trong {folder}. Hãy mở thư viện đó để khôi phục.',
  'recovery.otherLibraryUnnamed':
    'Nội dung chưa lưu của {count} bài thuộc một thư viện khác vẫn được giữ trong {folder}. Hãy mở thư viện đó để khôi phục.',
  'recovery.unreadable':
    'Không đọc được {count} tệp chứa nội dung chưa lưu; các tệp vẫn được giữ trong {folder}: {files}. Hãy mở bằng trình soạn thảo văn bản để chép lại nội dung.',
  'diff.title': 'Khác biệt so với bản trên đĩa',
  'diff.field': '{field}: “{before}” → “{after}”',
  'diff.summary': '{added} đoạn thêm hoặc sửa, {removed} đoạn bị bỏ, {unchanged} đoạn giữ nguyên.',
  'diff.added': 'Chỉ có trong bản của bạn',
  'diff.removed': 'Chỉ có trên đĩa',
  'diff.more': '…và {count} thay đổi khác.',
  'diff.none': 'Nội dung giống nhau; chỉ khác vài chi tiết khác.',
  'diff.part.caption': 'Chú thích ảnh',
  'diff.part.credit': 'Nguồn ảnh',
  'diff.part.alt': 'Mô tả ảnh',
  'diff.part.related-heading': 'Tiêu đề hộp tin',
  'diff.part.related-headline': 'Tiêu đề tin liên quan',
  'diff.part.related-summary': 'Tóm tắt tin liên quan',

  'external.title': 'Bài này đã thay đổi trên đĩa',
  'external.body':
    'Một chương trình khác hoặc đồng nghiệp đã sửa bài trong khi bạn có thay đổi chưa lưu. Hãy chọn bản muốn giữ.',
  'external.keepMine': 'Giữ bản của tôi',
  'external.loadTheirs': 'Tải bản trên đĩa',
  'external.keepBoth': 'Giữ cả hai',
  'external.reloaded': 'Bài đã thay đổi trên đĩa và đã được tải lại.',
  'external.failed': 'Không xử lý được thay đổi: {detail}',
  'external.goneTitle': 'Bài này không còn trong thư viện',
  'external.goneBody':
    'Bài đã bị chuyển vào thùng rác, bị xoá ở nơi khác hoặc không truy cập được thư mục của bài trong khi bạn có thay đổi chưa lưu. Hãy lưu thành bài mới, hoặc sửa tiếp cho đến khi bài trở lại.',
  'external.saveAsNew': 'Lưu thành bài mới',
  'external.keepEditing': 'Sửa tiếp',

  'history.open': 'Lịch sử phiên bản',
  'history.title': 'Lịch sử phiên bản',
  'history.close': 'Đóng',
  'history.empty': 'Chưa có phiên bản cũ. Phiên bản được lưu vài phút một lần khi bạn viết.',
  'history.item': '{time} · {reason} · {words} chữ',
  'history.reason.autosave': 'Khi đang sửa',
  'history.reason.export': 'Khi xuất bài',
  'history.reason.before-restore': 'Trước khi khôi phục',
  'history.reason.replaced': 'Bị thay bằng “Giữ bản của tôi”',
  'history.reason.set-aside': 'Bản của bạn, cất đi khi chọn “Tải bản trên đĩa”',
  'history.reason.sync-copy': 'Do công cụ đồng bộ giữ lại',
  'syncCopies.found':
    'Một công cụ đồng bộ (Dropbox, OneDrive, Syncthing…) đã giữ lại {count} phiên bản khác của bài này, được lưu trên máy khác cùng lúc. Newsdesk đã chuyển vào Lịch sử phiên bản: bạn có thể xem trước và khôi phục ở đó.',
  'syncCopies.show': 'Mở lịch sử phiên bản',
  'syncCopies.dismiss': 'Bỏ qua',
  'syncCopies.failed':
    'Một công cụ đồng bộ đã giữ lại một phiên bản khác của bài này nhưng không chuyển được vào Lịch sử phiên bản: {detail}',
  'history.preview': 'Xem trước',
  'history.restore': 'Khôi phục',
  'history.undoRestore': 'Hoàn tác khôi phục',
  'history.restored': 'Phiên bản lúc {time} đã thành bản hiện tại.',
  'history.previewTitle': 'Phiên bản lúc {time}',
  'history.failed': 'Lịch sử phiên bản: {detail}',

  'damaged.title': 'Không mở được bài này',
  'damaged.corrupt':
    'Tệp của bài bị hỏng hoặc không đầy đủ. Newsdesk không sửa gì vào tệp. Bạn có thể mở thư mục để lấy lại nội dung bằng tay, hoặc khôi phục bản cũ từ bản sao lưu.',
  'damaged.unsupported-version':
    'Bài được lưu bởi phiên bản Newsdesk mới hơn. Hãy cập nhật Newsdesk để mở; tệp không bị thay đổi.',
  'damaged.historyOf': 'Lịch sử phiên bản của {id}',
  'damaged.showInFolder': 'Mở thư mục chứa',
  'damaged.path': 'Tệp nằm ở: {path}',
};
