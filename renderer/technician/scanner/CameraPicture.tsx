import { useEffect, useRef } from 'react';

/** The camera's live picture on the technician's page (not mirrored: the technician reads it as the decoder sees it). */
export function CameraPicture({ stream }: { stream: MediaStream | null }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = stream;
  }, [stream]);
  if (!stream) return null;
  return <video ref={video} className="scanner-page__camera" muted autoPlay playsInline aria-hidden="true" />;
}
