import type { freshnessVi } from './freshness.vi.ts';

/** English texts of the answer's freshness (see freshness.vi.ts). */
export const freshnessEn: { [K in keyof typeof freshnessVi]: string } = {
  'freshness.confirmed': 'Just confirmed with the server at {time}',
  'freshness.unconfirmed': 'Not confirmed with the server: data as of {time} ({age})',
  'freshness.unconfirmedNoData': 'Not confirmed with the server',
  'freshness.age.justNow': 'just now',
  'freshness.age.minutes': '{n} min ago',
  'freshness.age.hours': '{n} h ago',
  'freshness.age.days': '{n} days ago',
};
