/**
 * UI strings of the publication export (issue #5), spread into messages.ts. The
 * English names of "Export HTML", "Copy HTML", "Copy headline", "Copy sapo",
 * "Preview", "Desktop", "Phone" and "Slug" are accessible names tests use.
 */
export const exportMessagesEn = {
  'export.toolbar': 'Publishing',
  'export.button': 'Export HTML',
  'export.exporting': 'Exporting…',
  'export.done': 'Exported to {folder}',
  'export.cancelled': 'Export cancelled.',
  'export.failed': 'Could not export: {detail}',
  'export.error.noHeadline': 'the article has no headline; write one before exporting it.',
  'export.error.imageMissing':
    'the photo of figure {figure} is missing from the article’s folder. Insert the photo again or remove the figure.',
  'export.error.unsupported':
    'the article holds a block this version of Newsdesk cannot export. Update Newsdesk.',
  'export.error.damaged': 'part of the article is damaged and cannot be exported.',
  'export.error.folderTaken':
    '{folder} already exists and was not made by Newsdesk; it was left as it is. Rename it or choose another folder.',
  'export.error.folderOfOther':
    '{folder} holds the export of another article; it was left as it is.',
  'export.error.io': 'the files could not be written to {folder} ({reason}).',
  'export.notSaved': 'Could not export: the latest changes could not be saved.',
  'export.confirmTitle': 'Export anyway?',
  'export.confirmBody':
    'The pre-publication checklist has {count} {count:finding|findings} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}). Export the article anyway?',
  'export.confirm': 'Export anyway',
  'export.cancel': 'Cancel',
  'export.copyHtml': 'Copy HTML',
  'export.copyHeadline': 'Copy headline',
  'export.copySapo': 'Copy sapo',
  'export.copied': 'Copied to the clipboard.',
  'export.copyFailed': 'Could not copy: {detail}',
  'export.copyNoHeadline': 'Not copied: the article has no headline; write one first.',
  'export.copyNoSapo': 'Not copied: the article has no sapo; write one first.',
  'preview.toggle': 'Preview',
  'preview.title': 'Preview of the exported page',
  'preview.width': 'Preview width',
  'preview.desktop': 'Desktop',
  'preview.phone': 'Phone',
  'preview.close': 'Close preview',
  'preview.failed': 'The preview cannot be shown: {detail}',
  'slug.label': 'Slug',
  'slug.hint': 'Leave empty to make it from the headline.',
  'slug.invalid': 'Use lower-case letters a–z, digits and single hyphens, e.g. ha-noi-ret-dam.',
} as const;

export const exportMessagesVi: Record<keyof typeof exportMessagesEn, string> = {
  'export.toolbar': 'Xuất bản',
  'export.button': 'Xuất HTML',
  'export.exporting': 'Đang xuất…',
  'export.done': 'Đã xuất ra {folder}',
  'export.cancelled': 'Đã hủy xuất.',
  'export.failed': 'Không xuất được: {detail}',
  'export.error.noHeadline': 'bài chưa có tiêu đề; hãy viết tiêu đề trước khi xuất.',
  'export.error.imageMissing':
    'ảnh của hình {figure} không còn trong thư mục của bài. Hãy chèn lại ảnh hoặc bỏ hình này.',
  'export.error.unsupported':
    'bài có một khối mà phiên bản Newsdesk này không xuất được. Hãy cập nhật Newsdesk.',
  'export.error.damaged': 'một phần của bài bị hỏng nên không xuất được.',
  'export.error.folderTaken':
    'đã có {folder} không do Newsdesk tạo; thư mục được giữ nguyên. Hãy đổi tên thư mục đó hoặc chọn thư mục khác.',
  'export.error.folderOfOther':
    '{folder} đang chứa bản xuất của một bài khác; thư mục được giữ nguyên.',
  'export.error.io': 'không ghi được các tệp vào {folder} ({reason}).',
  'export.notSaved': 'Không xuất được: chưa lưu được những thay đổi mới nhất.',
  'export.confirmTitle': 'Vẫn xuất bài?',
  'export.confirmBody':
    'Danh sách kiểm tra trước khi đăng có {count} mục cần xem ({errors} lỗi, {warnings} cảnh báo). Vẫn xuất bài?',
  'export.confirm': 'Vẫn xuất',
  'export.cancel': 'Hủy',
  'export.copyHtml': 'Sao chép HTML',
  'export.copyHeadline': 'Sao chép tiêu đề',
  'export.copySapo': 'Sao chép sapo',
  'export.copied': 'Đã sao chép vào bộ nhớ tạm.',
  'export.copyFailed': 'Không sao chép được: {detail}',
  'export.copyNoHeadline': 'Chưa sao chép: bài chưa có tiêu đề; hãy viết tiêu đề trước.',
  'export.copyNoSapo': 'Chưa sao chép: bài chưa có sapo; hãy viết sapo trước.',
  'preview.toggle': 'Xem trước',
  'preview.title': 'Xem trước trang xuất bản',
  'preview.width': 'Độ rộng xem trước',
  'preview.desktop': 'Máy tính',
  'preview.phone': 'Điện thoại',
  'preview.close': 'Đóng xem trước',
  'preview.failed': 'Không hiển thị được bản xem trước: {detail}',
  'slug.label': 'Slug',
  'slug.hint': 'Để trống để tạo từ tiêu đề.',
  'slug.invalid': 'Chỉ dùng chữ thường a–z, chữ số và dấu gạch nối đơn, ví dụ ha-noi-ret-dam.',
};
