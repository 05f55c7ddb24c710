/**
 * Thrown by a technician handler when the call carries no live session. The host answers it
 * with the `unauthorized` error code instead of "internal", and runs nothing.
 */
export class SessionRefused extends Error {
  override readonly name = 'SessionRefused';
  constructor() {
    super('Technician mode is closed: enter the PIN again.');
  }
}
