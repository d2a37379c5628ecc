import { agencyId, deadlineId, directiveId, documentId, edgeId, meetingId, officialId, slug } from '../../src/graph/ids';

describe('deterministic ids', () => {
  test('a document id depends on the normalised text only', () => {
    const id = documentId('Bộ Y tế được giao hoàn thành');
    expect(id).toMatch(/^doc:[0-9a-f]{16}$/);
    expect(documentId('Bộ Y tế được giao hoàn thành')).toBe(id);
    expect(documentId('Bộ Y tế được giao hoàn thành.')).not.toBe(id);
  });

  test('meeting and deadline ids mirror their document and directive', () => {
    expect(meetingId('doc:0123456789abcdef')).toBe('mtg:0123456789abcdef');
    const dir = directiveId('doc:0123456789abcdef', 10, 20);
    expect(dir).toMatch(/^dir:[0-9a-f]{16}$/);
    expect(deadlineId(dir)).toBe('ddl:' + dir.slice(4));
    expect(directiveId('doc:0123456789abcdef', 10, 21)).not.toBe(dir);
    expect(directiveId('doc:fedcba9876543210', 10, 20)).not.toBe(dir);
  });

  test.each([
    ['Phạm Minh Chính', 'off:pham-minh-chinh'],
    ['Nguyễn Hòa Bình', 'off:nguyen-hoa-binh'],
    ['Nguyễn Hoà Bình', 'off:nguyen-hoa-binh'],
  ])('official %s → %s', (name, id) => {
    expect(officialId(name)).toBe(id);
  });

  test.each([
    ['Bộ Y tế', 'agy:bo-y-te'],
    ['Bộ Lao động - Thương binh và Xã hội', 'agy:bo-lao-dong-thuong-binh-va-xa-hoi'],
    ['các bộ, ngành', 'agy:cac-bo-nganh'],
  ])('agency %s → %s', (name, id) => {
    expect(agencyId(name)).toBe(id);
    expect(slug(name)).toBe(id.slice(4));
  });

  test('edge ids distinguish type, ends and role', () => {
    const lead = edgeId('ASSIGNED_TO', 'dir:a', 'agy:bo-y-te', 'LEAD');
    expect(lead).toMatch(/^e:[0-9a-f]{16}$/);
    expect(edgeId('ASSIGNED_TO', 'dir:a', 'agy:bo-y-te', 'LEAD')).toBe(lead);
    expect(edgeId('ASSIGNED_TO', 'dir:a', 'agy:bo-y-te', 'COORDINATOR')).not.toBe(lead);
    expect(edgeId('ASSIGNED_TO', 'agy:bo-y-te', 'dir:a', 'LEAD')).not.toBe(lead);
  });
});
