/** A complete Vietnamese news story with every kind of block, as a reporter would file it. */
import {
  article,
  ASSET_A,
  ASSET_B,
  BOLD,
  figure,
  heading,
  ITALIC,
  link,
  list,
  listitem,
  paragraph,
  quote,
  relatedNews,
  text,
} from './builders';

export const SAMPLE_ARTICLE = article(
  [
    paragraph(
      text('Theo '),
      text('Trung tâm Dự báo khí tượng thủy văn quốc gia', BOLD),
      text(', từ đêm nay không khí lạnh tăng cường tràn xuống các tỉnh phía Bắc.'),
    ),
    figure({
      assetId: ASSET_A,
      layout: 'wide',
      caption: 'Người dân Hà Nội co ro trong giá rét sáng 12/1.',
      credit: 'Ảnh: Ngọc Thành',
      alt: 'Người đi xe máy mặc áo ấm trên phố Hà Nội',
    }),
    heading('h2', text('Vùng núi có nơi dưới 3 độ C')),
    paragraph(
      text('Nhiệt độ thấp nhất ở '),
      text('Sa Pa', ITALIC),
      text(' và '),
      text('Mẫu Sơn', ITALIC),
      text(' có thể xuống dưới 3 độ C, khả năng xuất hiện băng giá.'),
    ),
    list(
      'bullet',
      listitem(text('Hà Nội: 8–10 độ C')),
      listitem(text('Lào Cai, Hà Giang: 4–7 độ C')),
      listitem(list('bullet', listitem(text('Sa Pa: 1–3 độ C')))),
    ),
    quote(text('"Người dân cần giữ ấm, hạn chế ra ngoài vào sáng sớm," ông Nguyễn Văn Hưởng nói.')),
    figure({
      assetId: ASSET_B,
      layout: 'inline',
      caption: 'Băng giá trên đỉnh Mẫu Sơn năm 2024.',
      credit: '',
      alt: 'Cây cỏ phủ băng trắng',
    }),
    paragraph(
      text('Xem bản tin đầy đủ trên '),
      link('https://nchmf.gov.vn/', text('trang của Trung tâm')),
      text('.'),
    ),
    relatedNews('Tin liên quan', [
      {
        headline: 'Miền Bắc rét đậm kéo dài đến hết tuần',
        summary: 'Đợt rét dự kiến kéo dài ít nhất năm ngày, vùng núi có thể có băng giá.',
        link: { kind: 'article', articleId: 'bai-viet-0002' },
      },
      {
        headline: 'Cách giữ ấm cho trẻ nhỏ trong mùa lạnh',
        summary: 'Bác sĩ khuyên cha mẹ không nên ủ quá nhiều lớp áo.',
        link: { kind: 'url', url: 'https://suckhoe.example/giu-am-cho-tre' },
      },
    ]),
  ],
  {
    headline: 'Hà Nội đón đợt rét đậm nhất từ đầu mùa',
    sapo: 'Nhiệt độ thấp nhất ở Hà Nội có thể xuống 8 độ C, vùng núi phía Bắc dưới 3 độ C, có nơi xuất hiện băng giá.',
    byline: 'Minh Anh',
  },
);
