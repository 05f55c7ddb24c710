import { useEffect, useState } from 'react';
import type { ComponentType, SVGProps } from 'react';
import { qrCodeDataUrl } from './qr-code.ts';

interface PhoneQrProps {
  /** What the QR code holds: an address for the citizen's phone, never anything personal. */
  url: string;
  title: string;
  help: string;
  alt: string;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** On the card; the image is `${testId}-image`. */
  testId: string;
}

/**
 * A card with a QR code a phone reads to take something from the kiosk away. Its styles
 * (PhoneQr.css, Card.css) are imported by the screens that show it, so this stays importable
 * in the unit tests' Node type checking.
 */
export function PhoneQr({ url, title, help, alt, Icon, testId }: PhoneQrProps) {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrCodeDataUrl(url).then(
      (dataUrl) => live && setImage(dataUrl),
      () => live && setImage(null),
    );
    return () => {
      live = false;
    };
  }, [url]);

  const titleId = `${testId}-title`;
  return (
    <section className="card phone-qr" aria-labelledby={titleId} data-testid={testId}>
      <h3 id={titleId} className="card__title">
        <Icon className="card__title-icon" />
        {title}
      </h3>
      <div className="phone-qr__body">
        <div className="phone-qr__frame">{image && <img className="phone-qr__image" src={image} alt={alt} draggable={false} data-testid={`${testId}-image`} />}</div>
        <p className="phone-qr__help">{help}</p>
      </div>
    </section>
  );
}
