; NSIS installer for Windows: wraps the PyInstaller one-folder build (dist\ae-desktop).
; Built by .github/workflows/release.yml on windows-latest:  makensis /DVERSION=x.y.z packaging\ae-desktop.nsi
; It cannot be exercised on the Linux development machines; keep it in step with build.sh.
Unicode true
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!define APPNAME "AE Desktop"
!define APPDIR "ae-desktop"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPDIR}"

Name "${APPNAME} ${VERSION}"
OutFile "..\dist\ae-desktop-${VERSION}-windows-x64-setup.exe"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
Icon "..\resources\icons\ae-desktop.ico"
UninstallIcon "..\resources\icons\ae-desktop.ico"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "..\dist\ae-desktop\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\ae-desktop.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\ae-desktop.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\ae-desktop.exe"
SectionEnd

Section "Uninstall"
  ; Only what the installer wrote; the user's own models and settings stay.
  RMDir /r "$INSTDIR"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd
