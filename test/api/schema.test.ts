// The SDL: found from both layouts, and every type, field, argument, input field and enum value
// carries a description (GraphiQL's docs pane is the reference users read).
import { join } from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, isScalarType } from 'graphql';
import { buildApiSchema } from '../../src/api/schema';
import { findPackageRoot, readSchemaFiles } from '../../src/api/schema-files';

const ROOT = join(__dirname, '..', '..');

test('the package root is found from src/api (ts-jest) and from dist/api (compiled)', () => {
  expect(findPackageRoot(join(ROOT, 'src', 'api'))).toBe(ROOT);
  expect(findPackageRoot(join(ROOT, 'dist', 'api'))).toBe(ROOT);
  expect(readSchemaFiles(ROOT).length).toBeGreaterThanOrEqual(10);
});

test('every type, field, argument, input field and enum value has a description', () => {
  const schema = buildApiSchema();
  const missing: string[] = [];
  const need = (where: string, description: string | null | undefined) => {
    if (!description || description.trim() === '') missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && type.name !== 'Date')) continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    } else if (!isUnionType(type) && !isScalarType(type)) {
      missing.push(`${String(type)}: unexpected kind`);
    }
  }
  expect(missing).toEqual([]);
});

test('the issue-2 contract fields exist with the exact names', () => {
  const schema = buildApiSchema();
  const fields = (name: string) => Object.keys((schema.getType(name) as any).getFields());
  expect(fields('Query')).toEqual(expect.arrayContaining(['directives', 'meetings', 'meeting', 'agencies', 'agency', 'officials', 'official', 'search', 'path', 'stats', 'ask']));
  expect(fields('DirectiveFilter')).toEqual(
    expect.arrayContaining(['assignedBy', 'assignedTo', 'dueBefore', 'dueAfter', 'meeting', 'text', 'coordinatedBy', 'role', 'chairedBy', 'dueOn', 'overdueOn', 'status', 'hasDeadline', 'followSuccession', 'orderBy']),
  );
  expect(fields('Directive')).toEqual(expect.arrayContaining(['id', 'text', 'deadline', 'assignees', 'coordinators', 'issuedBy', 'meeting', 'source', 'status', 'curations', 'extracted', 'curated', 'inheritedFrom']));
  expect(fields('DirectiveConnection')).toEqual(expect.arrayContaining(['totalCount', 'edges', 'pageInfo']));
  expect(fields('Source')).toEqual(['sentence', 'start', 'end', 'document']);
  expect(fields('Mutation')).toEqual(['setDirectiveStatus', 'correctDirective']);
});
