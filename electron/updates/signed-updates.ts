import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { CustomPublishOptions, UpdateInfo } from 'builder-util-runtime';
import { SignedUpdateProvider, UpdateSignatureError } from './signed-update-provider.ts';
import type { TrustedUpdateKey } from './update-signature.ts';
import type { UpdateFeed } from './update-types.ts';
import { VENDOR_UPDATE_KEYS } from './vendor-update-keys.ts';

/**
 * The kiosk's rule for updates: electron-updater reads the feed through SignedUpdateProvider,
 * so it only ever acts on metadata signed by a trusted key, and the downloaded file is hashed
 * once more against that signed metadata before the controller may install it.
 */
export class SignedUpdates {
  private verified: UpdateInfo | null = null;

  constructor(private readonly trustedKeys: readonly TrustedUpdateKey[] = VENDOR_UPDATE_KEYS) {}

  /** electron-updater's setFeedURL options for `feed`. */
  feedConfiguration(feed: UpdateFeed): CustomPublishOptions {
    this.verified = null;
    return {
      provider: 'custom',
      updateProvider: SignedUpdateProvider,
      url: feed.url,
      channel: 'latest',
      signing: { trustedKeys: this.trustedKeys, onVerified: (info: UpdateInfo) => (this.verified = info) },
    };
  }

  /** Refuses a downloaded update whose bytes are not the ones the signed metadata describes. */
  async checkDownloaded(files: readonly string[]): Promise<void> {
    const signed = this.verified;
    const file = files[0];
    if (signed === null || file === undefined) throw new UpdateSignatureError('Update refused: no signed metadata for this download.');
    const sha512 = await sha512Of(file);
    if (!signed.files.some((f) => f.sha512 === sha512)) {
      await fs.promises.rm(file, { force: true });
      throw new UpdateSignatureError(`Update refused: the downloaded file does not match the sha512 in the signed metadata of ${signed.version}.`);
    }
  }
}

async function sha512Of(file: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}
