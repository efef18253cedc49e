/**
 * UI strings of figures (issue #3), spread into messages.ts. The English names
 * of "Insert image", "Caption", "Photo credit", "Alt text" and the figure's
 * buttons are accessible names the tests use (DESIGN.md).
 */
export const figureMessagesEn = {
  'toolbar.insertImage': 'Insert image',
  'figure.label': 'Figure',
  'figure.caption': 'Caption',
  'figure.captionPlaceholder': 'The line readers see under the photo',
  'figure.credit': 'Photo credit',
  'figure.creditPlaceholder': 'Ảnh: …',
  'figure.alt': 'Alt text',
  'figure.altPlaceholder': 'What the photo shows, for readers who cannot see it',
  'figure.moveUp': 'Move figure up',
  'figure.moveDown': 'Move figure down',
  'figure.width': 'Figure width',
  'figure.layout.inline': 'Inline',
  'figure.layout.wide': 'Wide',
  'figure.layout.full': 'Full width',
  'figure.replace': 'Replace image',
  'figure.delete': 'Delete figure',
  'figure.placeholder': 'Image not shown',
  'figure.loading': 'Loading image…',
  'figure.missing':
    'The image file is missing from this article. Use “Replace image” to choose it again; the caption is kept.',
  'images.importing': 'Importing image…',
  'images.importingMany': 'Importing {count} images…',
  'images.unnamed': 'the image',
  'images.tooLarge': '“{name}” is {size} MB; images larger than {limit} MB cannot be inserted.',
  'images.refused': 'Could not insert “{name}”: {detail}',
} as const;

export const figureMessagesVi: Record<keyof typeof figureMessagesEn, string> = {
  'toolbar.insertImage': 'Chèn ảnh',
  'figure.label': 'Ảnh',
  'figure.caption': 'Chú thích',
  'figure.captionPlaceholder': 'Dòng chú thích bạn đọc thấy dưới ảnh',
  'figure.credit': 'Nguồn ảnh',
  'figure.creditPlaceholder': 'Ảnh: …',
  'figure.alt': 'Mô tả ảnh (alt)',
  'figure.altPlaceholder': 'Ảnh chụp gì, cho người không xem được ảnh',
  'figure.moveUp': 'Đưa ảnh lên',
  'figure.moveDown': 'Đưa ảnh xuống',
  'figure.width': 'Độ rộng ảnh',
  'figure.layout.inline': 'Trong cột chữ',
  'figure.layout.wide': 'Rộng',
  'figure.layout.full': 'Tràn khung',
  'figure.replace': 'Thay ảnh',
  'figure.delete': 'Xóa ảnh',
  'figure.placeholder': 'Không hiển thị được ảnh',
  'figure.loading': 'Đang tải ảnh…',
  'figure.missing':
    'Không tìm thấy tệp ảnh trong bài này. Bấm “Thay ảnh” để chọn lại; chú thích vẫn được giữ.',
  'images.importing': 'Đang nhập ảnh…',
  'images.importingMany': 'Đang nhập {count} ảnh…',
  'images.unnamed': 'ảnh',
  'images.tooLarge': '“{name}” nặng {size} MB; không chèn được ảnh lớn hơn {limit} MB.',
  'images.refused': 'Không chèn được “{name}”: {detail}',
};
