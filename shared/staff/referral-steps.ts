/**
 * The steps of a referral, free of zod so the console's script can offer only the steps the API accepts:
 * dirujuk → diterima → selesai, or dirujuk → ditolak. No step is skipped.
 */
export const REFERRAL_STATUSES = ['dirujuk', 'diterima', 'selesai', 'ditolak'] as const;

type Status = (typeof REFERRAL_STATUSES)[number];

/** Each status and the statuses a referral may move to from it (never back to `dirujuk`). */
export const NEXT_REFERRAL_STATUS: Readonly<Record<Status, readonly Exclude<Status, 'dirujuk'>[]>> = {
  dirujuk: ['diterima', 'ditolak'],
  diterima: ['selesai'],
  selesai: [],
  ditolak: [],
};
