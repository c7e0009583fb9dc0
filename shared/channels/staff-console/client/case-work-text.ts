/** A correction of the classification and an assessment in words (pure), the staff's own words apart. */
import type { AssessmentView, ClassificationView } from '#shared/staff/case-work-entries.js';
import type { Classification } from '#shared/staff/classification.js';
import type { Labels } from './labels.js';
import type { TimelineText } from './timeline-text.js';

export function classificationText(entry: ClassificationView, labels: Labels): TimelineText {
  const value = (field: keyof Classification, side: Partial<Classification>): string => {
    if (field === 'categories') return side.categories?.map((code) => labels.text('category', code)).join(', ') || '–';
    if (field === 'kecamatan') return side.kecamatan || '–';
    return labels.text(field, side[field]);
  };
  const names: Record<keyof Classification, string> = { service: 'layanan', categories: 'jenis kekerasan', urgency: 'urgensi', kecamatan: 'kecamatan' };
  const changes = (Object.keys(entry.to) as (keyof Classification)[]).map(
    (field) => `${names[field]} ${value(field, entry.from)} → ${value(field, entry.to)}`,
  );
  return { text: `${entry.by.name} mengoreksi klasifikasi: ${changes.join('; ')}. Alasan:`, note: entry.reason };
}

export function assessmentText(entry: AssessmentView, labels: Labels): TimelineText {
  const { formsOfViolence, contexts, place, victim, perpetrators } = entry.assessment;
  const list = (group: Parameters<Labels['text']>[0], codes: readonly string[]) => codes.map((code) => labels.text(group, code)).join(', ');
  const disability = victim.disability.present
    ? `disabilitas${victim.disability.kinds.length ? ` ${list('disabilityKind', victim.disability.kinds)}` : ''}`
    : 'tanpa disabilitas';
  const parts = [
    `bentuk kekerasan ${list('formOfViolence', formsOfViolence)}`,
    ...(contexts.length ? [list('caseContext', contexts)] : []),
    `tempat ${labels.text('place', place)}`,
    `korban ${labels.text('sex', victim.sex)}, ${labels.text('ageBand', victim.ageBand)}, ${disability}, pendidikan ${labels.text('education', victim.education)}`,
    ...perpetrators.map(
      (p, index) =>
        `terlapor ${index + 1}: ${labels.text('sex', p.sex)}, ${labels.text('ageBand', p.ageBand)}, ${labels.text('perpetratorRelation', p.relation)}`,
    ),
  ];
  return { text: `${entry.by.name} mencatat asesmen: ${parts.join('; ')}.${entry.note ? ' Catatan:' : ''}`, note: entry.note };
}
