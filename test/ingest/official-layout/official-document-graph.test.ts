// An official notice saved as Word and ingested: its structure becomes the Document's
// `official` fields in the graph and in GraphQL, its header date the publication date, and its
// title block the meeting's title.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../../src/api/server';
import { prepareDocument } from '../../../src/ingest/prepare-document';
import { openEmbeddedStore } from '../../../src/store/embedded/index';
import { testConfig } from '../../api/support/api-config';
import { gql } from '../../api/support/client';
import { buildDocx } from '../formats/support/build-docx';

const NOTICE = [
  'VĂN PHÒNG CHÍNH PHỦ', 'Số: 120/TB-VPCP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'Hà Nội, ngày 20 tháng 3 năm 2025', 'THÔNG BÁO',
  'Kết luận của Phó Thủ tướng Trần Hồng Hà tại cuộc họp về thị trường bất động sản',
  'Ngày 14 tháng 3 năm 2025, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về thị trường bất động sản.',
  'Phó Thủ tướng giao Bộ Xây dựng hoàn thiện dự thảo Nghị định trong tháng 5 năm 2025.',
  'Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.',
  'Nơi nhận:', '- Thủ tướng, các PTTg;', '- Bộ Xây dựng;', '- Lưu: VT, CN.',
  'KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Nguyễn Sỹ Hiệp',
];

test('the notice structure is stored on the Document and served by GraphQL', async () => {
  const prepared = await prepareDocument(await buildDocx(NOTICE), {}, 'tb-120.docx');
  if (!prepared.ok) throw new Error(prepared.message);
  const store = await openEmbeddedStore({ dir: mkdtempSync(join(tmpdir(), 'mg-official-')) });
  try {
    await store.writeDocument(prepared.batch);
    const yoga = createApi({ store, config: testConfig() });
    const { data, errors } = await gql(yoga, `{ meetings(first: 5) { nodes { title document { published format official {
      number issuingBody place date documentType title meetingTitle chair { name titles } recipients signer { authority onBehalfOf title name }
    } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.meetings.nodes).toEqual([{
      title: expect.stringMatching(/^cuộc họp về thị trường bất động sản$/i),
      document: {
        published: '2025-03-20',
        format: 'DOCX',
        official: {
          number: '120/TB-VPCP',
          issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
          place: 'Hà Nội',
          date: '2025-03-20',
          documentType: 'THÔNG BÁO',
          title: 'Kết luận của Phó Thủ tướng Trần Hồng Hà tại cuộc họp về thị trường bất động sản',
          meetingTitle: 'cuộc họp về thị trường bất động sản',
          chair: { name: 'Trần Hồng Hà', titles: ['Phó Thủ tướng'] },
          recipients: ['Thủ tướng, các PTTg', 'Bộ Xây dựng', 'Lưu: VT, CN'],
          signer: { authority: 'KT.', onBehalfOf: 'BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', name: 'Nguyễn Sỹ Hiệp' },
        },
      },
    }]);
  } finally {
    await store.close();
  }
});

test('a manifest date outranks the header date; a news report has no official structure', async () => {
  const dated = await prepareDocument(await buildDocx(NOTICE), { published: '2025-03-21' }, 'tb-120.docx');
  const news = await prepareDocument(Buffer.from('Thủ tướng chủ trì phiên họp\nChiều 6/2, Thủ tướng Phạm Minh Chính chủ trì phiên họp.'), {}, 'tin.txt');
  const documentOf = (p: typeof dated) => (p.ok ? p.batch.nodes.find((n) => n.label === 'Document') : undefined);
  expect(documentOf(dated)).toMatchObject({ published: '2025-03-21', official: { date: '2025-03-20' } });
  expect(documentOf(news)).toMatchObject({ official: null, published: null });
});
