/** Why the camera gives no picture, as the technician's page and the citizen's screens say it. */
export type CameraProblem = 'no-camera' | 'busy' | 'denied' | 'failed';

/** getUserMedia's DOMException names, old Chromium spellings included. */
const PROBLEM_BY_ERROR: Record<string, CameraProblem> = {
  NotFoundError: 'no-camera',
  DevicesNotFoundError: 'no-camera',
  OverconstrainedError: 'no-camera',
  NotReadableError: 'busy',
  TrackStartError: 'busy',
  AbortError: 'busy',
  NotAllowedError: 'denied',
  PermissionDeniedError: 'denied',
  SecurityError: 'denied',
};

export function cameraProblem(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  return PROBLEM_BY_ERROR[name] ?? 'failed';
}
