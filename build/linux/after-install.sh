#!/bin/bash
# deb postinst of the receipt kiosk. electron-builder fills in its two macros (the
# executable's name and the install folder's); every shell variable is written without
# braces, because electron-builder refuses a template with a macro it does not know.
# The first part is electron-builder's own after-install template (launcher link,
# chrome-sandbox, desktop database); the last part is the kiosk's.

if type update-alternatives >/dev/null 2>&1; then
    if [ -L '/usr/bin/${executable}' -a -e '/usr/bin/${executable}' -a "`readlink '/usr/bin/${executable}'`" != '/etc/alternatives/${executable}' ]; then
        rm -f '/usr/bin/${executable}'
    fi
    update-alternatives --install '/usr/bin/${executable}' '${executable}' '/opt/${sanitizedProductName}/${executable}' 100 || ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
else
    ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
fi

# The SUID sandbox only where user namespaces are not available.
if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; }; then
    chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
else
    chmod 0755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
fi

if hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi

# Ubuntu 24.04+: the AppArmor profile electron-builder ships (unprivileged user namespaces).
if apparmor_status --enabled > /dev/null 2>&1; then
  APPARMOR_PROFILE_SOURCE='/opt/${sanitizedProductName}/resources/apparmor-profile'
  APPARMOR_PROFILE_TARGET='/etc/apparmor.d/${executable}'
  if apparmor_parser --skip-kernel-load --debug "$APPARMOR_PROFILE_SOURCE" > /dev/null 2>&1; then
    cp -f "$APPARMOR_PROFILE_SOURCE" "$APPARMOR_PROFILE_TARGET"
    if ! { [ -x '/usr/bin/ischroot' ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
      apparmor_parser --replace --write-cache --skip-read-cache "$APPARMOR_PROFILE_TARGET"
    fi
  fi
fi

# Kiosk: the scanners' udev rule (/lib/udev/rules.d/60-kiosk-scanners.rules) applies to
# scanners already plugged in, without a reboot. Not inside a chroot (image builds).
if ! { [ -x '/usr/bin/ischroot' ] && /usr/bin/ischroot; } && hash udevadm 2>/dev/null; then
    udevadm control --reload-rules || true
    udevadm trigger --subsystem-match=hidraw --subsystem-match=usb --subsystem-match=tty || true
fi

# Kiosk: the login autostart entry is /etc/xdg/autostart/receipt-kiosk.desktop (installed
# by the package). Nothing to enable: every graphical session starts it.

# Kiosk: technician mode on a kiosk with no PIN asks for a one-time setup code, which only a
# shell on the kiosk can print: say how, at every install and upgrade (dpkg shows this output).
echo "Receipt kiosk: to set the technician PIN, run as the kiosk's account (not root):"
echo "    ${executable} config reset-pin"
echo "  and type the setup code it prints in technician mode (five taps on the top-left corner)."
echo "  From SSH or a text console (no display): sudo -u <kiosk account> ${executable} --ozone-platform=headless --disable-gpu config reset-pin"
exit 0
