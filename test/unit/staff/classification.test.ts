import { describe, expect, it } from 'vitest';
import { categoriesOf, classificationOf } from '#shared/staff/classification.js';

describe('classificationOf', () => {
  it('reads a case filed before corrections as its one category', () => {
    // Act
    const classification = classificationOf({ service: 'konsultasi', category: 'kdrt', urgency: 'NORMAL' });

    // Assess
    expect(classification).toEqual({ service: 'konsultasi', categories: ['kdrt'], urgency: 'NORMAL' });
  });

  it('reads a corrected case as all its categories, main one first, with its kecamatan', () => {
    // Act
    const classification = classificationOf({
      service: 'pengaduan_kekerasan',
      category: 'kekerasan_seksual',
      categories: ['kekerasan_seksual', 'kdrt'],
      urgency: 'TINGGI',
      kecamatan: 'Cepu',
    });

    // Assess
    expect(classification).toEqual({ service: 'pengaduan_kekerasan', categories: ['kekerasan_seksual', 'kdrt'], urgency: 'TINGGI', kecamatan: 'Cepu' });
    expect(categoriesOf({ category: 'kdrt', categories: [] })).toEqual(['kdrt']);
  });
});
