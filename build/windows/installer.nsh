; Included by electron-builder's NSIS script (nsis.include in electron-builder.yml).
; Per-machine install: the kiosk starts at every user's login from the machine-wide Run
; key, so the kiosk account needs no setup. The uninstaller removes the key; an update
; (which uninstalls the old version first) writes it again.

!macro customInstall
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "ReceiptKiosk" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
!macroend

!macro customUnInstall
  DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "ReceiptKiosk"
!macroend
