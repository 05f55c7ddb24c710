import { describe, expect, it } from 'vitest';
import { tokenMayTravelTo } from '../../../../electron/settings/district-token-policy.ts';
import { resolveUpdateFeed } from '../../../../electron/updates/update-feed.ts';

const feedAllows = (url: string) => resolveUpdateFeed({ updateUrl: url, districtServerUrl: null, kioskId: null }, null) !== null;

describe('plain http:// only to this machine, the same rule for the district token and the update feed', () => {
  const local = ['http://localhost:8080/', 'http://LOCALHOST/', 'http://127.0.0.1/', 'http://127.0.0.2:9000/', 'http://127.1/', 'http://[::1]:8080/', 'http://[0:0:0:0:0:0:0:1]/'];
  const remote = [
    'http://kiosk.localhost/',
    'http://127.0.0.1.localhost/',
    'http://localhost.evil.example/',
    'http://127.0.0.1.nip.io/',
    'http://128.0.0.1/',
    'http://10.0.0.5/',
    'http://[::2]/',
    'http://[::ffff:7f00:1]/',
  ];

  it.each(local)('accepts %s', (url) => {
    expect(tokenMayTravelTo(url)).toBe(true);
    expect(feedAllows(url)).toBe(true);
  });

  it.each(remote)('refuses %s (over https it is fine)', (url) => {
    expect(tokenMayTravelTo(url)).toBe(false);
    expect(feedAllows(url)).toBe(false);
    const https = url.replace('http:', 'https:');
    expect(tokenMayTravelTo(https)).toBe(true);
    expect(feedAllows(https)).toBe(true);
  });
});
