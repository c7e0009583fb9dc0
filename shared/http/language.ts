import type { Language } from '../domain/vocabulary.js';
import type { HttpEvent } from './http-types.js';

/** Bahasa Indonesia unless the reporter switched to English (query `lang=en` or the form's hidden field). */
export function pickLanguage(event: HttpEvent, form?: URLSearchParams): Language {
  const asked = form?.get('lang') ?? event.queryStringParameters?.lang;
  return asked === 'en' ? 'en' : 'id';
}
