import { createContext, useContext } from 'react';
import type { KioskApi } from '../../shared/contract/index.ts';

/** The host's read-aloud (espeak-ng), for a browser without a voice for the citizen's language. */
export type HostSpeech = Pick<KioskApi, 'hostSpeechAvailable' | 'speakText' | 'stopSpeaking'>;

export const HostSpeechContext = createContext<HostSpeech | null>(null);

export const useHostSpeech = () => useContext(HostSpeechContext);
