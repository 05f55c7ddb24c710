import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Input } from 'electron';
import { isBlockedShortcut, kioskWindowOptions, lockDownWindow } from '../../../../electron/app/window.ts';
import { FakeWebContents, cancellable } from './fakes.ts';

// electron/app/window.ts only imports types; this keeps an accidental runtime import from
// reaching the real package (which would try to download the Electron binary).
vi.mock('electron', () => ({}));

const preloadPath = '/app/dist-electron/preload.cjs';

function windowWith(contents = new FakeWebContents()) {
  return { win: { webContents: contents } as unknown as BrowserWindow, contents };
}

function key(key: string, modifiers: Partial<Pick<Input, 'control' | 'meta' | 'alt' | 'shift'>> = {}, code = ''): Input {
  return {
    type: 'keyDown', key, code, isAutoRepeat: false, isComposing: false, location: 0, modifiers: [],
    control: false, meta: false, alt: false, shift: false, ...modifiers,
  };
}

describe('kioskWindowOptions', () => {
  it('sets every flag of the Electron security checklist', () => {
    for (const production of [true, false]) {
      const options = kioskWindowOptions({ production, preloadPath });
      expect(options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        devTools: !production,
        preload: preloadPath,
      });
      expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
      expect(options.autoHideMenuBar).toBe(true);
      expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
      expect(options.show).toBe(false);
    }
  });

  it('is a fullscreen frameless kiosk in production', () => {
    expect(kioskWindowOptions({ production: true, preloadPath })).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
  });

  it('is an ordinary window with devtools in development (npm run start:dev)', () => {
    const options = kioskWindowOptions({ production: false, preloadPath });
    expect(options).toMatchObject({ kiosk: false, fullscreen: false, frame: true, width: 1280, height: 800 });
    expect(options.webPreferences?.devTools).toBe(true);
  });
});

describe('lockDownWindow: navigation, windows, webviews', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s leaves the app origin only never', (eventName) => {
    const { win, contents } = windowWith();
    lockDownWindow(win, { production: true });
    const denied = [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'kiosk://evil/index.html',
      'kiosk://app:8080/index.html',
      'javascript:alert(1)',
      'about:blank',
      'not a url',
    ];
    for (const url of denied) {
      const event = cancellable(url);
      contents.emit(eventName, event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    for (const url of ['kiosk://app/index.html', 'kiosk://app/', 'kiosk://app/procedures?field=1']) {
      const event = cancellable(url);
      contents.emit(eventName, event);
      expect(event.defaultPrevented, url).toBe(false);
    }
  });

  it('denies window.open, in development too', () => {
    for (const production of [true, false]) {
      const { win, contents } = windowWith();
      lockDownWindow(win, { production });
      expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
      expect(contents.windowOpenHandler?.({ url: 'kiosk://app/index.html' })).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach a <webview>', () => {
    const { win, contents } = windowWith();
    lockDownWindow(win, { production: true });
    const event = cancellable();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('shows no context menu', () => {
    const { win, contents } = windowWith();
    lockDownWindow(win, { production: true });
    const event = cancellable();
    contents.emit('context-menu', event, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('lockDownWindow: shortcuts and devtools', () => {
  const blocked: Array<[string, Input]> = [
    ['Ctrl+R', key('r', { control: true }, 'KeyR')],
    ['Cmd+R', key('r', { meta: true }, 'KeyR')],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true }, 'KeyR')],
    ['F5', key('F5', {}, 'F5')],
    ['F11', key('F11', {}, 'F11')],
    ['F12', key('F12', {}, 'F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true }, 'KeyI')],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true }, 'KeyJ')],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true }, 'KeyC')],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true }, 'KeyI')],
    ['Ctrl+Q', key('q', { control: true }, 'KeyQ')],
    ['Cmd+Q', key('q', { meta: true }, 'KeyQ')],
    ['Ctrl+W', key('w', { control: true }, 'KeyW')],
    ['Alt+F4', key('F4', { alt: true }, 'F4')],
    ['Ctrl+P', key('p', { control: true }, 'KeyP')],
    ['Ctrl+=', key('=', { control: true }, 'Equal')],
    ['Ctrl++', key('+', { control: true, shift: true }, 'Equal')],
    ['Ctrl+-', key('-', { control: true }, 'Minus')],
    ['Ctrl+0', key('0', { control: true }, 'Digit0')],
    ['Alt+Left', key('ArrowLeft', { alt: true }, 'ArrowLeft')],
    ['BrowserBack', key('BrowserBack', {}, 'BrowserBack')],
    ['Ctrl+R under an IME', key('Process', { control: true }, 'KeyR')],
  ];
  const allowed: Array<[string, Input]> = [
    ['r', key('r', {}, 'KeyR')],
    ['R', key('R', { shift: true }, 'KeyR')],
    ['digit', key('7', {}, 'Digit7')],
    ['-', key('-', {}, 'Minus')],
    ['Enter', key('Enter', {}, 'Enter')],
    ['Tab', key('Tab', {}, 'Tab')],
    ['Backspace', key('Backspace', {}, 'Backspace')],
    ['Escape', key('Escape', {}, 'Escape')],
    ['ArrowLeft', key('ArrowLeft', {}, 'ArrowLeft')],
    ['Ctrl+A', key('a', { control: true }, 'KeyA')],
    ['Shift+I', key('I', { shift: true }, 'KeyI')],
  ];

  it.each(blocked)('swallows %s in production', (_name, input) => {
    const { win, contents } = windowWith();
    lockDownWindow(win, { production: true });
    const event = cancellable();
    contents.emit('before-input-event', event, input);
    expect(event.defaultPrevented).toBe(true);
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each(allowed)('lets %s through to the page', (_name, input) => {
    const { win, contents } = windowWith();
    lockDownWindow(win, { production: true });
    const event = cancellable();
    contents.emit('before-input-event', event, input);
    expect(event.defaultPrevented).toBe(false);
  });

  it('swallows nothing in development', () => {
    const { win, contents } = windowWith();
    lockDownWindow(win, { production: false });
    for (const [name, input] of blocked) {
      const event = cancellable();
      contents.emit('before-input-event', event, input);
      expect(event.defaultPrevented, name).toBe(false);
    }
  });

  it('closes devtools as soon as they open in production only', () => {
    const production = windowWith();
    lockDownWindow(production.win, { production: true });
    production.contents.emit('devtools-opened');
    expect(production.contents.closeDevTools).toHaveBeenCalledTimes(1);

    const dev = windowWith();
    lockDownWindow(dev.win, { production: false });
    dev.contents.emit('devtools-opened');
    expect(dev.contents.closeDevTools).not.toHaveBeenCalled();
  });
});

describe('lockDownWindow: no zoom', () => {
  it('pins the pinch zoom to 1 at once and on every load, in production and development', () => {
    for (const production of [true, false]) {
      const { win, contents } = windowWith();
      lockDownWindow(win, { production });
      expect(contents.setVisualZoomLevelLimits).toHaveBeenLastCalledWith(1, 1);
      contents.setVisualZoomLevelLimits.mockClear();
      contents.emit('did-finish-load');
      expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
      expect(contents.setZoomLevel).toHaveBeenLastCalledWith(0);
    }
  });

  it('undoes any zoom that gets through (a zoom key, ctrl + wheel)', () => {
    const { win, contents } = windowWith();
    lockDownWindow(win, { production: true });
    contents.setZoomLevel.mockClear();
    contents.emit('zoom-changed', cancellable(), 'in');
    expect(contents.setZoomLevel).toHaveBeenCalledWith(0);
  });
});
