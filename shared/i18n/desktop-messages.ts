/**
 * Strings of the desktop shell — native menus, the text-field context menu and
 * the keyboard shortcuts sheet — in Vietnamese and English. Kept apart from
 * messages.ts because the main process builds the menus from them too, and so
 * one concern stays in one file. Same typing trick as messages.ts: `vi` must
 * have exactly the keys of `en`.
 */
import type { UiLanguage } from '../settings';

const en = {
  'menu.file': 'File',
  'menu.newArticle': 'New article',
  'menu.openLibrary': 'Open library…',
  'menu.recentLibraries': 'Recent libraries',
  'menu.noRecentLibraries': 'No recent libraries',
  'menu.exportHtml': 'Export HTML…',
  'menu.print': 'Print…',
  'menu.savePdf': 'Save as PDF…',
  'menu.quit': 'Quit Newsdesk',
  'menu.exit': 'Exit',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.pastePlain': 'Paste as plain text',
  'menu.selectAll': 'Select all',
  'menu.view': 'View',
  'menu.zoomIn': 'Zoom in',
  'menu.zoomOut': 'Zoom out',
  'menu.zoomReset': 'Actual size',
  'menu.togglePreview': 'Show or hide the preview',
  'menu.fullScreen': 'Full screen',
  'menu.window': 'Window',
  'menu.minimize': 'Minimize',
  'menu.help': 'Help',
  'menu.about': 'About Newsdesk',
  'menu.hide': 'Hide Newsdesk',
  'menu.hideOthers': 'Hide others',
  'menu.showAll': 'Show all',
  'menu.openDataFolder': 'Open data folder',
  'menu.shortcuts': 'Keyboard shortcuts',
  'menu.openLibraryTitle': 'Open a library folder',
  'menu.openLibraryButton': 'Open library',
  'menu.savePdfTitle': 'Save the article as PDF',
  'dialog.exportTitle': 'Export HTML',
  'dialog.exportButton': 'Export',
  'dialog.imageTitle': 'Insert image',
  'dialog.imageButton': 'Insert',
  'dialog.imageFilter': 'Images',

  'context.noSuggestions': 'No spelling suggestions',
  'context.addToDictionary': 'Add to dictionary',

  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.open': 'Keyboard shortcuts',
  'shortcuts.close': 'Close',
  'shortcuts.group.file': 'Articles',
  'shortcuts.group.edit': 'Editing',
  'shortcuts.group.format': 'Formatting',
  'shortcuts.group.view': 'View',
  'shortcuts.saveNow': 'Save now',
  'shortcuts.bold': 'Bold',
  'shortcuts.italic': 'Italic',
  'shortcuts.underline': 'Underline',
  'shortcuts.link': 'Insert or edit a link',
};

export type DesktopMessageKey = keyof typeof en;
export type DesktopMessages = Record<DesktopMessageKey, string>;

const vi: DesktopMessages = {
  'menu.file': 'Tệp',
  'menu.newArticle': 'Bài mới',
  'menu.openLibrary': 'Mở thư viện…',
  'menu.recentLibraries': 'Thư viện gần đây',
  'menu.noRecentLibraries': 'Chưa có thư viện nào',
  'menu.exportHtml': 'Xuất HTML…',
  'menu.print': 'In…',
  'menu.savePdf': 'Lưu thành PDF…',
  'menu.quit': 'Thoát Newsdesk',
  'menu.exit': 'Thoát',
  'menu.edit': 'Sửa',
  'menu.undo': 'Hoàn tác',
  'menu.redo': 'Làm lại',
  'menu.cut': 'Cắt',
  'menu.copy': 'Sao chép',
  'menu.paste': 'Dán',
  'menu.pastePlain': 'Dán dạng văn bản thuần',
  'menu.selectAll': 'Chọn tất cả',
  'menu.view': 'Xem',
  'menu.zoomIn': 'Phóng to',
  'menu.zoomOut': 'Thu nhỏ',
  'menu.zoomReset': 'Cỡ thật',
  'menu.togglePreview': 'Hiện hoặc ẩn bản xem trước',
  'menu.fullScreen': 'Toàn màn hình',
  'menu.window': 'Cửa sổ',
  'menu.minimize': 'Thu nhỏ cửa sổ',
  'menu.help': 'Trợ giúp',
  'menu.about': 'Giới thiệu Newsdesk',
  'menu.hide': 'Ẩn Newsdesk',
  'menu.hideOthers': 'Ẩn ứng dụng khác',
  'menu.showAll': 'Hiện tất cả',
  'menu.openDataFolder': 'Mở thư mục dữ liệu',
  'menu.shortcuts': 'Phím tắt',
  'menu.openLibraryTitle': 'Mở một thư mục thư viện',
  'menu.openLibraryButton': 'Mở thư viện',
  'menu.savePdfTitle': 'Lưu bài thành PDF',
  'dialog.exportTitle': 'Xuất HTML',
  'dialog.exportButton': 'Xuất',
  'dialog.imageTitle': 'Chèn ảnh',
  'dialog.imageButton': 'Chèn',
  'dialog.imageFilter': 'Ảnh',

  'context.noSuggestions': 'Không có gợi ý chính tả',
  'context.addToDictionary': 'Thêm vào từ điển',

  'shortcuts.title': 'Phím tắt',
  'shortcuts.open': 'Phím tắt',
  'shortcuts.close': 'Đóng',
  'shortcuts.group.file': 'Bài viết',
  'shortcuts.group.edit': 'Soạn thảo',
  'shortcuts.group.format': 'Định dạng',
  'shortcuts.group.view': 'Xem',
  'shortcuts.saveNow': 'Lưu ngay',
  'shortcuts.bold': 'In đậm',
  'shortcuts.italic': 'In nghiêng',
  'shortcuts.underline': 'Gạch chân',
  'shortcuts.link': 'Chèn hoặc sửa liên kết',
};

export const DESKTOP_MESSAGES: Record<UiLanguage, DesktopMessages> = { vi, en };

export function desktopMessage(language: UiLanguage, key: DesktopMessageKey): string {
  return DESKTOP_MESSAGES[language][key];
}
