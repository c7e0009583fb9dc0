/**
 * The poster's one stylesheet, inline and allowed by its hash. Print first: one A4 sheet with 12 mm
 * margins, black on white (it may be photocopied in grey), QR codes at 46 mm; on screen the same sheet
 * sits on a grey desk with the printing tip above it.
 */
export const POSTER_STYLE = [
  '@page{size:A4;margin:12mm}',
  '*{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%}',
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.35;color:#000;background:#e6e6e6}',
  '.tip{max-width:210mm;margin:0 auto;padding:.75rem 1rem;font-size:1rem;background:#eef3fb;border-left:6px solid #0b4fb3}',
  '.sheet{width:210mm;min-height:297mm;margin:1rem auto;padding:12mm;background:#fff;box-shadow:0 0 4px #767676}',
  '.office{margin:0;font-size:11pt;font-weight:600}',
  'h1{margin:2mm 0 2mm;font-size:28pt;line-height:1.1}',
  '.lead{margin:0 0 3mm;font-size:14pt}',
  '.kinds{margin:0 0 5mm;padding:2mm 3mm;font-size:10.5pt;border:1.5pt solid #000;border-radius:2mm}',
  '.channels{display:flex;gap:6mm;margin:0 0 5mm}',
  '.channel{flex:1;padding:4mm;text-align:center;border:2pt solid #0b6b3a;border-radius:3mm}',
  'h2{margin:0 0 2mm;font-size:15pt}',
  '.qr{display:block;width:46mm;height:46mm;margin:0 auto 2mm}',
  '.number{margin:0;font-size:19pt;font-weight:700;letter-spacing:.02em;white-space:nowrap}',
  '.url{margin:0;font-size:10.5pt;font-weight:600;overflow-wrap:anywhere}',
  '.small{margin:1mm 0 2mm;font-size:10pt}',
  '.visit{margin:0 0 5mm;font-size:12pt}',
  '.emergency h2{font-size:13pt}',
  '.emergency{margin:0 0 5mm;padding:3mm 4mm;border:2pt solid #a4001d;border-radius:3mm}',
  '.emergency ul{display:flex;flex-wrap:wrap;gap:1mm 7mm;margin:0;padding:0;list-style:none;font-size:12pt}',
  '.emergency strong{font-size:17pt}',
  '.safety{margin:0 0 3mm;padding:3mm 4mm;font-size:12pt;font-weight:600;background:#f2f2f2;border-radius:3mm}',
  '.scan{margin:0;font-size:10pt;color:#3d3d3d}',
  '@media print{body{background:#fff}.tip{display:none}.sheet{width:auto;min-height:0;margin:0;padding:0;box-shadow:none}}',
  '@media screen and (max-width:220mm){.sheet{width:auto;min-height:0;margin:.5rem;padding:1rem}.channels{flex-direction:column}}',
  '.safety,.kinds{-webkit-print-color-adjust:exact;print-color-adjust:exact}',
].join('');
