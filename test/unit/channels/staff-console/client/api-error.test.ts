import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, failureText, SignedOutError } from '#shared/channels/staff-console/client/api-error.js';

describe('the console\'s API errors', () => {
  it('shows the API\'s own Indonesian text with each refused field', () => {
    // Prepare
    const body = {
      code: 'INVALID_FIELDS',
      message: { id: 'Beberapa isian belum benar. Mohon periksa kembali.', en: 'Some fields are not valid.' },
      details: [
        { field: 'reason', issue: 'Too small', message: { id: 'Minimal 10 karakter.', en: 'At least 10 characters.' } },
        { field: 'expectedVersion', issue: 'Required' },
      ],
    };

    // Act
    const text = failureText(apiErrorFrom(400, body));

    // Assess
    expect(text).toBe('Beberapa isian belum benar. Mohon periksa kembali. reason: Minimal 10 karakter. expectedVersion: Required');
  });

  it('keeps the status of a refusal whose body is not the API\'s shape (a proxy\'s page)', () => {
    // Act
    const errors = [apiErrorFrom(413, null), apiErrorFrom(404, '<html>Not Found</html>'), apiErrorFrom(400, { message: 'no' })];

    // Assess
    expect(errors.map((error) => [error.status, error.code, error.text])).toEqual([
      [413, undefined, 'Terjadi kesalahan (413).'],
      [404, undefined, 'Terjadi kesalahan (404).'],
      [400, undefined, 'Terjadi kesalahan (400).'],
    ]);
  });

  it('asks to try again on a server fault, but says why when a reveal was refused for want of its audit record', () => {
    // Act
    const busy = failureText(new ApiError(503, 'SERVICE_UNAVAILABLE', 'Layanan tidak tersedia.'));
    const audit = failureText(new ApiError(503, 'AUDIT_UNAVAILABLE', 'Log audit tidak tersedia; identitas tidak dibuka.'));

    // Assess
    expect(busy).toBe('Layanan sedang sibuk. Coba lagi sebentar lagi.');
    expect(audit).toBe('Log audit tidak tersedia; identitas tidak dibuka.');
  });

  it('blames the connection when no answer came, and says nothing when the console signed out', () => {
    // Act
    const offline = failureText(new TypeError('Failed to fetch'));
    const signedOut = failureText(new SignedOutError());

    // Assess
    expect(offline).toBe('Koneksi gagal. Periksa jaringan lalu coba lagi.');
    expect(signedOut).toBeUndefined();
  });
});
