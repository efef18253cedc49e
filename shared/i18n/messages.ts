/**
 * Every string the UI shows, in Vietnamese (the default) and English. The English
 * names of controls are the accessible names tests rely on (DESIGN.md, "Accessible
 * names"): change them only together with the tests.
 *
 * `vi` is typed against the keys of `en` and `en` is an object literal checked for
 * excess keys there, so a key missing from either language is a type error.
 * Placeholders are written `{name}` and filled by `formatMessage`.
 */
import type { UiLanguage } from '../settings';
import { formatNumber } from './number-format';
import { exportMessagesEn, exportMessagesVi } from './export-messages';
import { recoveryMessagesEn, recoveryMessagesVi } from './recovery-messages';
import { figureMessagesEn, figureMessagesVi } from './figure-messages';
import { errorMessagesEn, errorMessagesVi } from './error-messages';

const en = {
  'app.title': 'Newsdesk',
  'app.loading': 'Loading…',
  'app.openElsewhere':
    'Newsdesk is already open in another tab or window. Use that one: this tab opens Newsdesk by itself once the other one is closed.',
  'app.loadFailed': 'Newsdesk could not start: {detail}',
  'app.noArticle': 'Choose an article on the left or start a new one.',
  'app.dismiss': 'Dismiss',

  'settings.open': 'Settings',
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.language.system': 'Same as the system',
  'settings.language.vi': 'Tiếng Việt',
  'settings.language.en': 'English',
  'settings.close': 'Close',
  'settings.failed': 'Could not change the setting: {detail}',

  'library.heading': 'Articles',
  'library.new': 'New article',
  'library.search': 'Search articles',
  'library.searchPlaceholder': 'Search headline, sapo…',
  'library.empty': 'No articles yet.',
  'library.noMatches': 'No article matches “{query}”.',
  'library.searching': 'Searching…',
  'library.matches': '{count} {count:article matches|articles match}',
  'library.showMore': 'Show more ({left} more {left:article|articles})',
  'library.untitled': 'Untitled',
  'library.damaged': 'Cannot open',
  'library.damage.corrupt':
    'article.json could not be read (damaged, cut short or unreadable); it was left as it is.',
  'library.damage.unsupported-version':
    'It was saved by a newer Newsdesk; update Newsdesk to open it. It was left as it is.',
  'library.damage.invalid': 'article.json does not hold a valid article; it was left as it is.',
  'library.trash': 'Trash',
  'library.backToArticles': 'Back to articles',
  'library.moveToTrash': 'Move to trash',
  'library.moveToTrashNamed': 'Move “{headline}” to trash',
  'library.loadFailed': 'Could not load the library: {detail}',
  'library.unavailable':
    'the library folder {path} is not there. Reconnect its drive, or choose another library (File ▸ Open library…).',
  'library.openFailed': 'Could not open the article: {detail}',
  'library.createFailed': 'Could not create an article: {detail}',
  'library.trashFailed': 'Could not move the article to the trash: {detail}',

  'status.draft': 'Draft',
  'status.ready': 'Ready',
  'status.published': 'Published',

  'time.edited': 'Edited {time}',

  'confirmTrash.title': 'Move this article to the trash?',
  'confirmTrash.body': '“{headline}” will be moved to the trash. You can restore it from there.',
  'confirmTrash.confirm': 'Move to trash',
  'confirmTrash.cancel': 'Cancel',

  'trash.heading': 'Trash',
  'trash.empty': 'The trash is empty.',
  'trash.restore': 'Restore',
  'trash.restoreNamed': 'Restore “{headline}”',
  'trash.restoredNotice': '“{headline}” is back among the articles.',
  'trash.trashedAt': 'Trashed {time}',
  'trash.loadFailed': 'Could not read the trash: {detail}',
  'trash.restoreFailed': 'Could not restore the article: {detail}',
  'trash.idTaken':
    'An article with the same identity is back in the library (a sync tool brought it back, for instance), so this version cannot take its place. Restore it as a copy to keep both.',
  'trash.restoreCopy': 'Restore as a copy',
  'trash.restoreCopyNamed': 'Restore “{headline}” as a copy',
  'trash.restoredCopyNotice':
    '“{headline}” was restored as a new article; the one in the library is unchanged.',

  'field.headline': 'Headline',
  'field.sapo': 'Sapo',
  'field.body': 'Article body',
  'field.byline': 'Byline',
  'field.characters': '{count} {count:character|characters}',
  'field.bodyPlaceholder': 'Write the story…',

  'save.saved': 'Saved',
  'save.saving': 'Saving…',
  'save.dirty': 'Unsaved changes',
  'save.failed': 'Could not save: {detail}',
  'print.failed': 'Could not print: {detail}',
  'save.error.tooLarge':
    'the article is {size} MB, over the {limit} MB an article may be; move some of it to another article.',
  'save.error.tooDeep':
    'the body is nested more than {limit} levels deep (lists inside lists); undo the last paste or flatten the lists, and it will save.',
  'save.error.content':
    'part of the body cannot be stored (a figure or related-news box with invalid fields); undo the last change, and it will save.',
  'conflict.message': 'This article changed on disk since you opened it.',
  'conflict.reload': 'Reload from disk',
  'conflict.keepMine': 'Keep my version',
  'editor.error': 'The editor hit a problem: {detail}',

  'toolbar.label': 'Formatting',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.underline': 'Underline',
  'toolbar.link': 'Link',
  'toolbar.h2': 'Heading 2',
  'toolbar.h3': 'Heading 3',
  'toolbar.paragraph': 'Paragraph',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.numberedList': 'Numbered list',
  'toolbar.quote': 'Quote',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',

  'link.title': 'Link',
  'link.url': 'Link URL',
  'link.apply': 'Apply',
  'link.remove': 'Remove link',
  'link.cancel': 'Cancel',
  'link.invalid':
    'Use a web address (vnexpress.net/…, https://…) or an email link (mailto:). A file name or a path inside a site is not a link.',

  'related.insert': 'Insert related news',
  'related.block': 'Related news box',
  'related.heading': 'Related news heading',
  'related.headingSuggestions': 'Suggested headings',
  'related.add': 'Add related item',
  'related.item': 'Related item {number}',
  'related.empty': 'No items yet.',
  'related.headline': 'Related headline',
  'related.summary': 'Related summary',
  'related.link': 'Related link',
  'related.remove': 'Remove related item',
  'related.moveUp': 'Move item up',
  'related.moveDown': 'Move item down',
  'related.drag': 'Drag to reorder',
  'related.moveHint': 'Alt+Up or Alt+Down moves the item.',
  'related.pick': 'Pick from library',
  'related.search': 'Search library articles',
  'related.closePicker': 'Close library search',
  'related.noMatches': 'No article matches “{query}”.',
  'related.noOtherArticles': 'The library has no other article to link yet.',
  'related.libraryLoadFailed': 'Could not load the library: {detail}',
  'related.libraryChip': 'Library: {headline}',
  'related.missingArticle': 'article no longer in the library',
  'related.clearLibraryLink': 'Remove library link',
  'related.linkRefused':
    'Only web links starting with http:// or https:// can be used here; pick a library article to link inside the library.',
  'related.linkIncomplete': 'Write the whole web address, starting with https://',
  'related.linkTooLong': 'This link is longer than 2,000 characters.',
  ...recoveryMessagesEn,
  ...figureMessagesEn,
  ...exportMessagesEn,
  ...errorMessagesEn,
  // Vietnamese text tools (issue #7): house style, Normalise, counts, checks, spelling.
  'settings.houseStyle': 'House style',
  'settings.toneStyle': 'Tone-mark placement',
  'settings.toneStyle.old': 'Old style (hòa, thủy, khỏe)',
  'settings.toneStyle.new': 'New style (hoà, thuỷ, khoẻ)',
  'settings.headlineMaxChars': 'Longest headline (characters)',
  'settings.sapoMaxChars': 'Longest sapo (characters)',
  'settings.numberRefused': 'Not saved: use a whole number from {min} to {max}. {kept} is kept.',
  'settings.notice.setAside':
    'Your settings file could not be read, so Newsdesk started with default settings. The old file was moved to {path}.',
  'settings.notice.unread':
    'Some settings could not be read and use their defaults: {keys}. The settings file was left as it is.',
  'settings.curlyQuotes': 'Use curly quotes (“ ”)',
  'field.charactersOfMax': '{count} / {max} {max:character|characters}',
  'normalise.button': 'Normalise text',
  'normalise.done': 'Normalised {count} {count:piece|pieces} of text.',
  'normalise.nothing': 'The text was already normalised.',
  'normalise.undo': 'Undo normalising',
  'counts.label': 'Article length',
  'counts.words': '{count} {count:word|words}',
  'counts.characters': '{count} {count:character|characters}',
  'counts.readingTime': '{count} min read',
  'checks.button': 'Checks',
  'checks.title': 'Checks before publication',
  'checks.none': 'No problems found.',
  'checks.summary': '{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}',
  'checks.error': 'Error',
  'checks.warning': 'Warning',
  'checks.close': 'Close checks',
  'checks.unreadable': '{id}: cannot be read: {reason}',
  'checks.checked': 'Checked {count} {count:article|articles}; {clean} without findings.',
  'spelling.suggestions': 'Spelling suggestions',
  'spelling.none': 'No suggestions',
  'spelling.ignore': 'Ignore',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const vi: Messages = {
  'app.title': 'Newsdesk',
  'app.loading': 'Đang tải…',
  'app.openElsewhere':
    'Newsdesk đang mở ở một thẻ hoặc cửa sổ khác. Hãy dùng thẻ đó: thẻ này sẽ tự mở Newsdesk khi thẻ kia được đóng.',
  'app.loadFailed': 'Newsdesk không khởi động được: {detail}',
  'app.noArticle': 'Chọn một bài ở bên trái hoặc viết bài mới.',
  'app.dismiss': 'Đóng',

  'settings.open': 'Cài đặt',
  'settings.title': 'Cài đặt',
  'settings.language': 'Ngôn ngữ',
  'settings.language.system': 'Theo hệ thống',
  'settings.language.vi': 'Tiếng Việt',
  'settings.language.en': 'English',
  'settings.close': 'Đóng',
  'settings.failed': 'Không đổi được cài đặt: {detail}',

  'library.heading': 'Bài viết',
  'library.new': 'Bài mới',
  'library.search': 'Tìm bài viết',
  'library.searchPlaceholder': 'Tìm theo tiêu đề, sapo…',
  'library.empty': 'Chưa có bài nào.',
  'library.noMatches': 'Không có bài nào khớp “{query}”.',
  'library.searching': 'Đang tìm…',
  'library.matches': '{count} bài khớp',
  'library.showMore': 'Xem thêm (còn {left} bài)',
  'library.untitled': 'Chưa có tiêu đề',
  'library.damaged': 'Không mở được',
  'library.damage.corrupt':
    'Không đọc được tệp article.json (bị hỏng, bị cắt dở hoặc không đọc được); tệp được giữ nguyên.',
  'library.damage.unsupported-version':
    'Bài được lưu bằng phiên bản Newsdesk mới hơn; hãy cập nhật Newsdesk để mở. Tệp được giữ nguyên.',
  'library.damage.invalid': 'Tệp article.json không chứa một bài hợp lệ; tệp được giữ nguyên.',
  'library.trash': 'Thùng rác',
  'library.backToArticles': 'Quay lại danh sách bài',
  'library.moveToTrash': 'Chuyển vào thùng rác',
  'library.moveToTrashNamed': 'Chuyển “{headline}” vào thùng rác',
  'library.loadFailed': 'Không tải được thư viện: {detail}',
  'library.unavailable':
    'không thấy thư mục thư viện {path}. Hãy cắm lại ổ đĩa chứa nó, hoặc chọn thư viện khác (Tệp ▸ Mở thư viện…).',
  'library.openFailed': 'Không mở được bài: {detail}',
  'library.createFailed': 'Không tạo được bài mới: {detail}',
  'library.trashFailed': 'Không chuyển được bài vào thùng rác: {detail}',

  'status.draft': 'Bản nháp',
  'status.ready': 'Sẵn sàng',
  'status.published': 'Đã đăng',

  'time.edited': 'Sửa {time}',

  'confirmTrash.title': 'Chuyển bài này vào thùng rác?',
  'confirmTrash.body': '“{headline}” sẽ được chuyển vào thùng rác. Bạn có thể khôi phục lại từ đó.',
  'confirmTrash.confirm': 'Chuyển vào thùng rác',
  'confirmTrash.cancel': 'Hủy',

  'trash.heading': 'Thùng rác',
  'trash.empty': 'Thùng rác trống.',
  'trash.restore': 'Khôi phục',
  'trash.restoreNamed': 'Khôi phục “{headline}”',
  'trash.restoredNotice': 'Đã đưa “{headline}” trở lại danh sách bài.',
  'trash.trashedAt': 'Xóa {time}',
  'trash.loadFailed': 'Không đọc được thùng rác: {detail}',
  'trash.restoreFailed': 'Không khôi phục được bài: {detail}',
  'trash.idTaken':
    'Thư viện đã có lại một bài cùng mã (ví dụ do công cụ đồng bộ đưa về), nên bản này không thể thay vào chỗ đó. Hãy khôi phục thành bản sao để giữ cả hai.',
  'trash.restoreCopy': 'Khôi phục thành bản sao',
  'trash.restoreCopyNamed': 'Khôi phục “{headline}” thành bản sao',
  'trash.restoredCopyNotice':
    'Đã khôi phục “{headline}” thành một bài mới; bài trong thư viện giữ nguyên.',

  'field.headline': 'Tiêu đề',
  'field.sapo': 'Sapo',
  'field.body': 'Nội dung bài viết',
  'field.byline': 'Tác giả',
  'field.characters': '{count} ký tự',
  'field.bodyPlaceholder': 'Viết bài…',

  'save.saved': 'Đã lưu',
  'save.saving': 'Đang lưu…',
  'save.dirty': 'Có thay đổi chưa lưu',
  'save.failed': 'Không lưu được: {detail}',
  'print.failed': 'Không in được: {detail}',
  'save.error.tooLarge':
    'bài nặng {size} MB, vượt quá {limit} MB cho phép với một bài; hãy chuyển bớt nội dung sang bài khác.',
  'save.error.tooDeep':
    'thân bài lồng nhau quá {limit} cấp (danh sách trong danh sách); hãy hoàn tác lần dán vừa rồi hoặc bỏ bớt cấp danh sách để lưu được.',
  'save.error.content':
    'một phần của thân bài không lưu được (ảnh hoặc hộp tin liên quan có dữ liệu không hợp lệ); hãy hoàn tác thay đổi vừa rồi để lưu được.',
  'conflict.message': 'Bài này đã thay đổi trên đĩa kể từ khi bạn mở.',
  'conflict.reload': 'Tải lại từ đĩa',
  'conflict.keepMine': 'Giữ bản của tôi',
  'editor.error': 'Trình soạn thảo gặp lỗi: {detail}',

  'toolbar.label': 'Định dạng',
  'toolbar.bold': 'Đậm',
  'toolbar.italic': 'Nghiêng',
  'toolbar.underline': 'Gạch chân',
  'toolbar.link': 'Liên kết',
  'toolbar.h2': 'Tiêu đề mục 2',
  'toolbar.h3': 'Tiêu đề mục 3',
  'toolbar.paragraph': 'Đoạn văn',
  'toolbar.bulletList': 'Danh sách dấu chấm',
  'toolbar.numberedList': 'Danh sách đánh số',
  'toolbar.quote': 'Trích dẫn',
  'toolbar.undo': 'Hoàn tác',
  'toolbar.redo': 'Làm lại',

  'link.title': 'Liên kết',
  'link.url': 'Địa chỉ liên kết',
  'link.apply': 'Áp dụng',
  'link.remove': 'Bỏ liên kết',
  'link.cancel': 'Hủy',
  'link.invalid':
    'Hãy dùng địa chỉ web (vnexpress.net/…, https://…) hoặc liên kết email (mailto:). Tên tệp hay đường dẫn trong một trang không phải là liên kết.',

  'related.insert': 'Chèn tin liên quan',
  'related.block': 'Hộp tin liên quan',
  'related.heading': 'Tiêu đề hộp tin',
  'related.headingSuggestions': 'Tiêu đề gợi ý',
  'related.add': 'Thêm tin',
  'related.item': 'Tin thứ {number}',
  'related.empty': 'Chưa có tin nào.',
  'related.headline': 'Tiêu đề tin',
  'related.summary': 'Tóm tắt tin',
  'related.link': 'Liên kết tin',
  'related.remove': 'Xóa tin này',
  'related.moveUp': 'Chuyển tin lên',
  'related.moveDown': 'Chuyển tin xuống',
  'related.drag': 'Kéo để sắp xếp',
  'related.moveHint': 'Alt+Lên hoặc Alt+Xuống để chuyển tin.',
  'related.pick': 'Chọn từ thư viện',
  'related.search': 'Tìm bài trong thư viện',
  'related.closePicker': 'Đóng tìm kiếm thư viện',
  'related.noMatches': 'Không có bài nào khớp với “{query}”.',
  'related.noOtherArticles': 'Thư viện chưa có bài nào khác để liên kết.',
  'related.libraryLoadFailed': 'Không tải được thư viện: {detail}',
  'related.libraryChip': 'Thư viện: {headline}',
  'related.missingArticle': 'bài không còn trong thư viện',
  'related.clearLibraryLink': 'Bỏ liên kết tới bài trong thư viện',
  'related.linkRefused':
    'Chỉ dùng được liên kết web bắt đầu bằng http:// hoặc https://; muốn liên kết tới bài trong thư viện, hãy chọn từ thư viện.',
  'related.linkIncomplete': 'Hãy viết đủ địa chỉ web, bắt đầu bằng https://',
  'related.linkTooLong': 'Liên kết này dài quá 2.000 ký tự.',
  ...recoveryMessagesVi,
  ...figureMessagesVi,
  ...exportMessagesVi,
  ...errorMessagesVi,
  'settings.houseStyle': 'Quy chuẩn tòa soạn',
  'settings.toneStyle': 'Kiểu bỏ dấu thanh',
  'settings.toneStyle.old': 'Kiểu cũ (hòa, thủy, khỏe)',
  'settings.toneStyle.new': 'Kiểu mới (hoà, thuỷ, khoẻ)',
  'settings.headlineMaxChars': 'Tiêu đề dài tối đa (ký tự)',
  'settings.sapoMaxChars': 'Sapo dài tối đa (ký tự)',
  'settings.numberRefused': 'Chưa lưu: hãy nhập số nguyên từ {min} đến {max}. Vẫn dùng {kept}.',
  'settings.notice.setAside':
    'Không đọc được tệp cài đặt nên Newsdesk khởi động với cài đặt mặc định. Tệp cũ đã được chuyển sang {path}.',
  'settings.notice.unread':
    'Một số cài đặt không đọc được nên dùng giá trị mặc định: {keys}. Tệp cài đặt được giữ nguyên.',
  'settings.curlyQuotes': 'Dùng dấu nháy cong (“ ”)',
  'field.charactersOfMax': '{count} / {max} ký tự',
  'normalise.button': 'Chuẩn hóa văn bản',
  'normalise.done': 'Đã chuẩn hóa {count} đoạn văn bản.',
  'normalise.nothing': 'Văn bản đã chuẩn từ trước.',
  'normalise.undo': 'Hoàn tác chuẩn hóa',
  'counts.label': 'Độ dài bài',
  'counts.words': '{count} chữ',
  'counts.characters': '{count} ký tự',
  'counts.readingTime': '{count} phút đọc',
  'checks.button': 'Kiểm tra',
  'checks.title': 'Kiểm tra trước khi đăng',
  'checks.none': 'Không phát hiện vấn đề nào.',
  'checks.summary': '{errors} lỗi, {warnings} cảnh báo',
  'checks.error': 'Lỗi',
  'checks.warning': 'Cảnh báo',
  'checks.close': 'Đóng kiểm tra',
  'checks.unreadable': '{id}: không đọc được: {reason}',
  'checks.checked': 'Đã kiểm tra {count} bài; {clean} bài không có vấn đề nào.',
  'spelling.suggestions': 'Gợi ý chính tả',
  'spelling.none': 'Không có gợi ý',
  'spelling.ignore': 'Bỏ qua',
};

export const MESSAGES: Record<UiLanguage, Messages> = { vi, en };

export type MessageParams = Record<string, string | number>;

const pluralRules: Partial<Record<UiLanguage, Intl.PluralRules>> = {};

/** The form of a `{name:one|other}` placeholder for `count` in `language`. */
function pluralForm(language: UiLanguage, count: number, one: string, other: string): string {
  const rules = (pluralRules[language] ??= new Intl.PluralRules(language));
  return rules.select(count) === 'one' ? one : other;
}

/**
 * Looks up `key` in `language` and fills its placeholders from `params`:
 * `{name}` is the value (a number written as the language writes numbers:
 * 10.960 in Vietnamese, 10,960 in English), `{name:one|other}` the word that
 * agrees with it ("1 finding", "2 findings"). Vietnamese has one form and needs none.
 */
export function formatMessage(
  language: UiLanguage,
  key: MessageKey,
  params?: MessageParams,
): string {
  const template = MESSAGES[language][key];
  return params ? fillTemplate(language, template, params) : template;
}

/** A placeholder: `{name}`, or `{name:one|other}` for the word that agrees with it. */
export const PLACEHOLDER = /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g;

/**
 * Fills `template`'s placeholders as formatMessage does (also used for the
 * checks' own templates). A param it lacks stays visible as `{name}`.
 */
export function fillTemplate(
  language: UiLanguage,
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    if (one === undefined || other === undefined)
      return typeof value === 'number' ? formatNumber(language, value) : String(value);
    return pluralForm(language, Number(value), one, other);
  });
}
