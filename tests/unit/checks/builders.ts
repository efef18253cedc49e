/**
 * Serialized Lexical JSON for check tests, shaped as Lexical 0.52 writes it, and a
 * complete clean Vietnamese article that every rule must leave alone.
 */
import type { Article, SerializedNodeShape } from '../../../shared/article/schema';
import type { RelatedLink } from '../../../shared/article/blocks';
import {
  element,
  heading,
  linebreak,
  link,
  listitem,
  paragraph,
  quote,
  text,
} from '../../support/article-builders';

export * from '../../support/article-builders';

type Node = SerializedNodeShape;

export const autolink = (url: string, isUnlinked: boolean, ...children: Node[]): Node =>
  element('autolink', children, { url, rel: null, target: null, title: null, isUnlinked });
export const list = (...items: Node[]): Node =>
  element('list', items, { listType: 'bullet', start: 1, tag: 'ul' });

export function figure(fields: { caption?: string; credit?: string; alt?: string } = {}): Node {
  return {
    type: 'figure',
    version: 1,
    assetId: `${'a'.repeat(64)}.jpg`,
    width: 1200,
    height: 800,
    layout: 'wide',
    caption: fields.caption ?? 'Người dân đi bộ quanh hồ Hoàn Kiếm sáng cuối tuần.',
    credit: fields.credit ?? 'Ảnh: Ngọc Thành',
    alt: fields.alt ?? 'Người đi bộ bên hồ Hoàn Kiếm',
  };
}

export interface ItemFields {
  key?: string;
  headline?: string;
  summary?: string;
  link?: RelatedLink | null;
}

export function relatedNews(heading: string, ...items: ItemFields[]): Node {
  return {
    type: 'related-news',
    version: 1,
    heading,
    items: items.map((item, index) => ({
      key: item.key ?? `item-${index + 1}`,
      headline: item.headline ?? 'Hà Nội mở thêm tuyến phố đi bộ',
      summary: item.summary ?? 'Tuyến phố mới nối hồ Hoàn Kiếm với khu phố cổ.',
      link:
        item.link === undefined ? { kind: 'url', url: 'https://example.vn/pho-di-bo' } : item.link,
    })),
  };
}

export function article(fields: Partial<Omit<Article, 'body'>> & { body?: Node[] } = {}): Article {
  const { body, ...rest } = fields;
  return {
    schemaVersion: 1,
    id: 'bai-viet-0001',
    headline: 'Hà Nội khởi công cầu Trần Hưng Đạo',
    sapo: 'Cây cầu dài 5,5 km sẽ nối quận Hoàn Kiếm với quận Long Biên.',
    byline: 'Ngọc Thành',
    meta: { slug: '', category: '', tags: [], status: 'draft', notes: '' },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...rest,
    body: {
      root: {
        type: 'root',
        version: 1,
        children: body ?? [paragraph(text('Công trình khởi công sáng nay.'))],
        direction: null,
        format: '',
        indent: 0,
      },
    },
  };
}

/**
 * A whole story in the house style: old tone-mark style (hòa, thủy, khỏe),
 * curly quotes, figures with caption, credit and alt, a related-news box, links,
 * a list, a quote, and English names that must not read as Telex.
 */
export function cleanArticle(): Article {
  return article({
    headline: 'Hà Nội khởi công cầu Trần Hưng Đạo, hòa vào mạng lưới giao thông',
    sapo:
      'Sáng 12/10, thành phố khởi công cầu Trần Hưng Đạo dài 5,5 km với tổng vốn hơn 15.000 tỷ đồng. ' +
      'Công trình dự kiến hoàn thành trong ba năm.',
    byline: 'Ngọc Thành - Thủy Tiên',
    body: [
      paragraph(
        text('Theo Ban quản lý dự án, cầu có sáu làn xe và hai làn đường cho người đi bộ. '),
        text('Ông Nguyễn Văn Hòa', 1),
        text(', giám đốc ban, cho biết: “Chúng tôi sẽ bảo đảm tiến độ và an toàn.”'),
      ),
      heading('h2', text('Giảm tải cho cầu Chương Dương')),
      paragraph(
        text('Theo '),
        link('https://example.vn/bao-cao', text('báo cáo của Sở Giao thông')),
        text(
          ', mỗi ngày cầu Chương Dương đón hơn 100.000 lượt xe; người dân mong cầu mới sớm thông xe.',
        ),
      ),
      figure(),
      list(
        listitem(text('Chiều dài: 5,5 km;')),
        listitem(text('Vốn đầu tư: hơn 15.000 tỷ đồng;')),
        listitem(text('Thời gian thi công: ba năm.')),
      ),
      quote(
        text('“Người dân khỏe mạnh, thành phố hòa bình thì công trình mới có ý nghĩa”, ông nói.'),
      ),
      paragraph(
        text('Liên hệ ban quản lý qua '),
        link('mailto:banqlda@example.vn', text('thư điện tử')),
        text(' hoặc xem thêm trên trang của Google Maps và Facebook.'),
        linebreak(),
        text('Tỷ lệ giải phóng mặt bằng đạt 98%.'),
      ),
      relatedNews(
        'Tin liên quan',
        { key: 'a1', headline: 'Hà Nội mở thêm tuyến phố đi bộ' },
        {
          key: 'a2',
          headline: 'Cầu Thủy Lợi được sửa chữa',
          link: { kind: 'article', articleId: 'bai-viet-0002' },
        },
      ),
      paragraph(text('Dự án được Thủ tướng phê duyệt năm ngoái, lúc 8:30 sáng.')),
    ],
  });
}

/** The same value with every string decomposed, as Windows' Vietnamese keyboard can type it. */
export function toNfd<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, inner: unknown) =>
    typeof inner === 'string' ? inner.normalize('NFD') : inner,
  ) as T;
}
