; Included by electron-builder's NSIS script (nsis.include in electron-builder.yml).
; Per-user install, run as the kiosk account: the kiosk starts at that account's login from its
; own Run key, and an update installs silently without a UAC prompt. The uninstaller removes the
; key; an update (which uninstalls the old version first) writes it again.

!macro customInstall
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "ReceiptKiosk" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "--js-flags=--no-memory-reducer --single-threaded-gc --max-semi-space-size=3"'
!macroend

!macro customUnInstall
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "ReceiptKiosk"
!macroend
