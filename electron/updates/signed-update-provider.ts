import type { CustomPublishOptions, GenericServerOptions, UpdateInfo } from 'builder-util-runtime';
import { GenericProvider } from 'electron-updater/out/providers/GenericProvider.js';
import { parseUpdateInfo } from 'electron-updater/out/providers/Provider.js';
import { getChannelFilename, newUrlFromBase } from 'electron-updater/out/util.js';
import { SIGNATURE_SUFFIX, verifyUpdateMetadata } from './update-signature.ts';
import type { TrustedUpdateKey } from './update-signature.ts';

/** Update metadata that failed its signature check: nothing from that feed is installed. */
export class UpdateSignatureError extends Error {
  override readonly name = 'UpdateSignatureError';
  readonly code = 'ERR_KIOSK_UPDATE_SIGNATURE';
}

/** What the provider needs beyond electron-updater's generic options. */
export interface SignedProviderOptions {
  trustedKeys: readonly TrustedUpdateKey[];
  /** Told the metadata the kiosk is about to act on, once its signature holds. */
  onVerified: (info: UpdateInfo) => void;
}

type GenericArgs = ConstructorParameters<typeof GenericProvider>;

/**
 * electron-updater's generic provider, except that the metadata it hands to the updater is the
 * very text whose vendor signature was checked: one fetch of `latest*.yml`, one of its `.sig`,
 * verified, then parsed. The updater checks the download against the sha512 in that text.
 */
export class SignedUpdateProvider extends GenericProvider {
  private readonly signing: SignedProviderOptions;
  private readonly feedBase: URL;
  private readonly channelName: string;

  /** electron-updater's custom-provider contract: the options given to setFeedURL, with `url` and `signing`. */
  constructor(configuration: CustomPublishOptions, updater: GenericArgs[1], runtimeOptions: GenericArgs[2]) {
    const generic: GenericServerOptions = { provider: 'generic', url: String(configuration.url), channel: configuration.channel as string | undefined };
    super(generic, updater, runtimeOptions);
    this.signing = configuration.signing as SignedProviderOptions;
    this.feedBase = new URL(generic.url.endsWith('/') ? generic.url : `${generic.url}/`);
    // As GenericProvider names it: latest → latest-linux / latest (Windows) / latest-linux-arm64 …
    this.channelName = this.getCustomChannelName(updater.channel ?? generic.channel ?? 'latest');
  }

  override async getLatestVersion(): Promise<UpdateInfo> {
    const channelFile = getChannelFilename(this.channelName);
    const url = newUrlFromBase(channelFile, this.feedBase);
    const metadata = await this.httpRequest(url);
    if (metadata === null) throw new UpdateSignatureError(`Update refused: ${channelFile} at ${url.origin} is empty.`);
    let signature: string | null;
    try {
      signature = await this.httpRequest(newUrlFromBase(`${channelFile}${SIGNATURE_SUFFIX}`, this.feedBase));
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
      signature = null;
    }
    const verdict = verifyUpdateMetadata(channelFile, Buffer.from(metadata, 'utf8'), signature, this.signing.trustedKeys);
    if (!verdict.ok) {
      throw new UpdateSignatureError(`Update refused: ${verdict.reason}. The kiosk installs only updates signed with the vendor's key (feed ${url.origin}).`);
    }
    const info = parseUpdateInfo(metadata, channelFile, url);
    this.signing.onVerified(info);
    return info;
  }
}
