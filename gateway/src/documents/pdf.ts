import PDFDocument from 'pdfkit';

/** Writes the document's content in reading order, as structure elements. */
export interface TaggedWriter {
  heading(level: 'H1' | 'H2' | 'H3', text: string): void;
  paragraph(text: string): void;
}

/** 'YYYY-MM-DD' as a French reader writes it; a missing date is « à préciser ». */
export function frenchDay(date: string | null): string {
  if (!date) return 'à préciser';
  const [year, month, dayOfMonth] = date.split('-');
  return `${dayOfMonth}/${month}/${year}`;
}

/** An instant in Paris, in words: « 7 décembre 2026 à 16:14 ». */
export function frenchInstant(instant: string): string {
  return new Date(instant).toLocaleString('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

/**
 * A tagged PDF (structure tree of headings and paragraphs, language and title set, the title shown
 * as the window's) so that a screen reader reads it in order. Helvetica, one of the PDF's standard
 * fonts, covers French.
 */
export function taggedPdf(
  meta: { title: string; subject: string; createdAt: string },
  write: (writer: TaggedWriter) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: 'Talents numériques — programme « Partagez vos talents numériques »',
      CreationDate: new Date(meta.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const sizes = { H1: 18, H2: 13, H3: 11 } as const;
  write({
    heading(level, text) {
      root.add(
        doc.struct(level, {}, () => {
          doc
            .font('Helvetica-Bold')
            .fontSize(sizes[level])
            .fillColor(level === 'H3' ? '#161616' : '#000091')
            .text(text);
          doc.moveDown(level === 'H3' ? 0.2 : 0.4);
        }),
      );
    },
    paragraph(text) {
      root.add(
        doc.struct('P', {}, () => {
          doc.font('Helvetica').fontSize(10.5).fillColor('#161616').text(text, { align: 'left' });
          doc.moveDown(0.5);
        }),
      );
    },
  });
  root.end();
  doc.end();
  return done;
}
