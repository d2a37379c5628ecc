// A Word document for the tests, built with the `docx` package the way Word saves one: a
// heading, body paragraphs in two fonts, a bold run inside a paragraph, and a two-column
// table like the header of an official notice.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export async function buildDocx(paragraphs: readonly string[], options: { headerCells?: [string, string] } = {}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  if (options.headerCells) {
    const [left, right] = options.headerCells;
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ children: [left, right].map((t) => new TableCell({ children: [new Paragraph(t)] })) })],
    }));
  }
  paragraphs.forEach((text, i) => {
    const font = i % 2 === 0 ? 'Times New Roman' : 'Arial';
    // the first words in bold, as Word users emphasise the assignee: one paragraph, two runs
    const split = text.indexOf(' ', 12);
    const runs = i % 3 === 1 && split > 0
      ? [new TextRun({ text: text.slice(0, split), bold: true, font }), new TextRun({ text: text.slice(split), font })]
      : [new TextRun({ text, font })];
    children.push(new Paragraph({ children: runs }));
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
