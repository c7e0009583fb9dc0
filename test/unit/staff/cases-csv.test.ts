import { describe, expect, it } from 'vitest';
import { csvCell } from '#shared/staff/export-cases-csv.js';

describe('csvCell', () => {
  it('leaves plain values as they are', () => {
    // Assess
    expect(csvCell('BLR-2026-00042')).toBe('BLR-2026-00042');
    expect(csvCell('Rawajitu Utara')).toBe('Rawajitu Utara');
  });

  it('quotes values with commas, quotes or line breaks', () => {
    // Assess
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses values a spreadsheet would run as a formula', () => {
    // Assess
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+62812')).toBe("'+62812");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
