// Two outlets' reports of one invented meeting (the Prime Minister on electricity for the dry
// season, 20 March 2025), worded differently: two tasks both give (Industry and Trade before
// 30 April, Finance in the second quarter), one each of their own (Construction; Public
// Security). Written for these tests; the extraction of each sentence is plain.
import type { GraphBatch, GraphEdge, GraphNode, NodeLabel } from '../../../src/graph/model';
import { NODE_LABELS } from '../../../src/graph/model';
import { prepareDocument } from '../../../src/ingest/prepare-document';
import type { StorePort } from '../../../src/store/port';

export const OUTLET_A = [
  'Thủ tướng chủ trì cuộc họp về bảo đảm cung ứng điện mùa khô',
  'Chiều 20/3/2025, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về bảo đảm cung ứng điện trong mùa khô năm 2025.',
  'Thủ tướng giao Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm cung ứng đủ điện cho sản xuất và tiêu dùng trong mùa khô, hoàn thành trước ngày 30/4/2025.',
  'Thủ tướng yêu cầu Bộ Tài chính bố trí đủ kinh phí cho các dự án lưới điện truyền tải trong quý II/2025.',
  'Thủ tướng giao Bộ Xây dựng hoàn thiện hướng dẫn lắp đặt điện mặt trời mái nhà trong tháng 5/2025.',
].join('\n');

export const OUTLET_B = [
  'Bảo đảm đủ điện cho mùa khô năm 2025',
  'Ngày 20/3/2025, Thủ tướng Phạm Minh Chính đã chủ trì cuộc họp với các bộ, ngành về cung ứng điện mùa khô.',
  'Thủ tướng đề nghị Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam khẩn trương bảo đảm cung ứng đủ điện cho sản xuất, kinh doanh và tiêu dùng trong mùa khô trước ngày 30/4/2025.',
  'Thủ tướng giao Bộ Tài chính bố trí đủ kinh phí cho các dự án lưới điện truyền tải trong quý II năm 2025.',
  'Thủ tướng yêu cầu Bộ Công an bảo đảm an ninh, an toàn các công trình điện trọng điểm trong năm 2025.',
].join('\n');

/** A third outlet, shorter: the Construction task of A and the Public Security task of B. */
export const OUTLET_C = [
  'Thủ tướng: bảo đảm điện cho sản xuất trong mùa khô',
  'Chiều 20/3/2025, Thủ tướng Phạm Minh Chính đã chủ trì cuộc họp về cung ứng điện mùa khô năm 2025.',
  'Thủ tướng yêu cầu Bộ Xây dựng sớm hoàn thiện hướng dẫn lắp đặt điện mặt trời trên mái nhà trong tháng 5/2025.',
  'Thủ tướng giao Bộ Công an bảo đảm an ninh, an toàn cho các công trình điện trọng điểm trong năm 2025.',
].join('\n');

/** Another meeting the same day: it must stay apart. */
export const OTHER_MEETING = [
  'Phó Thủ tướng họp về thị trường bất động sản',
  'Chiều 20/3/2025, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về thị trường bất động sản.',
  'Phó Thủ tướng giao Bộ Xây dựng hoàn thiện dự thảo Nghị định về nhà ở xã hội trong tháng 5 năm 2025.',
].join('\n');

export async function batchOf(text: string, title: string): Promise<GraphBatch> {
  const prepared = await prepareDocument(Buffer.from(text), { published: '2025-03-21', title }, `${title}.txt`);
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared.batch;
}

export interface GraphDump {
  nodes: Record<NodeLabel, GraphNode[]>;
  edges: GraphEdge[];
}

/** Everything the store holds, read through the port, in id order. */
export async function dumpStore(store: StorePort): Promise<GraphDump> {
  const nodes = {} as Record<NodeLabel, GraphNode[]>;
  for (const label of NODE_LABELS) nodes[label] = (await store.listNodes(label, { first: 1000 })).items.map((i) => i.value);
  const edges = (await store.listEdges(null, { first: 5000 })).items.map((i) => i.value);
  return { nodes, edges };
}
