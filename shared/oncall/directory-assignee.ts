/**
 * Assignment from the directory, never free text: a supervisor assigns a case to an active person of the
 * regency's directory (by id, or by their sign-in e-mail), and the case records the directory's own name
 * and e-mail. A regency whose directory is still empty keeps the older typed form (e-mail and name), so an
 * office not yet onboarded is not blocked; from its first person on, a typo is refused.
 */
import { AppError } from '../errors.js';
import type { Assignee } from '../staff/timeline.js';
import type { StaffDirectory } from './ports.js';

/** The assignee is not an active person of the regency's directory (a typo, someone disabled, another regency's). */
export class AssigneeNotInDirectoryError extends AppError {
  constructor() {
    const message = {
      id: 'Petugas ini tidak ada (atau dinonaktifkan) di direktori kabupaten ini. Pilih dari daftar.',
      en: 'This person is not an active member of the regency’s directory. Pick someone from the list.',
    };
    super(400, 'ASSIGNEE_NOT_IN_DIRECTORY', message, [{ field: 'assignee', issue: message.en, message }]);
  }
}

export type RequestedAssignee = { readonly personId: string } | { readonly id: string; readonly name: string };

/** Whom the case goes to, as the directory names them; throws AssigneeNotInDirectoryError. */
export async function directoryAssignee(
  directory: Pick<StaffDirectory, 'listPeople'>,
  tenantId: string,
  requested: RequestedAssignee,
): Promise<Assignee> {
  const people = await directory.listPeople(tenantId);
  if (people.length === 0 && 'id' in requested) return { id: requested.id, name: requested.name };
  const person = people.find(
    (candidate) => candidate.active && ('personId' in requested ? candidate.personId === requested.personId : candidate.email === requested.id),
  );
  if (!person) throw new AssigneeNotInDirectoryError();
  return { id: person.email, name: person.name };
}
