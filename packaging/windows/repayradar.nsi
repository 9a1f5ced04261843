; RepayRadar's Windows installer: per user, no administrator rights needed.
;
; Built by `python packaging/build.py` on Windows, which runs
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION_NUMBERS=0.1.0.0 -DAPP_NAME=RepayRadar
;            -DAPP_ID=org.repayradar.RepayRadar
;            -DPAYLOAD_DIR=dist\RepayRadar -DICON_FILE=build\assets\icons\app.ico
;            -DOUT_FILE=dist\RepayRadar-0.1.0-setup.exe packaging\windows\repayradar.nsi
; -DSTAND_IN_PAYLOAD lets CI compile the script on Linux with the Linux bundle in place of the Windows
; one, so a broken script fails CI; what it produces then is no usable installer (-DFAST_COMPRESSION
; makes that quick).
;
; What it does:
; - installs the PyInstaller bundle into %LOCALAPPDATA%\Programs\RepayRadar (or the folder chosen);
; - a Start-menu shortcut carrying the app's AppUserModelID (the id app/ui/shell/app_identity.py claims), so
;   the taskbar and toast notifications treat the shortcut and the running window as one app;
; - optionally a desktop shortcut, and starting at login: the same Run value app/core/autostart.py
;   writes ("RepayRadar" = "<exe>" --background), so the app's own setting sees and changes it;
; - an uninstaller registered under HKCU in "Apps & features";
; - installing over an existing copy upgrades it in place (same folder, running copy closed first);
; - its pages in English and Simplified Chinese. The user's data (%LOCALAPPDATA%\RepayRadar) is never
;   touched, not even by the uninstaller.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
!ifdef FAST_COMPRESSION
  SetCompress off ; CI's compile check: quick, and nobody installs that file
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION | VERSION_NUMBERS | APP_NAME | APP_ID | PAYLOAD_DIR | ICON_FILE | OUT_FILE
  !error "define VERSION, VERSION_NUMBERS, APP_NAME, APP_ID, PAYLOAD_DIR, ICON_FILE and OUT_FILE (python packaging/build.py does)"
!endif
!define EXE_NAME "${APP_NAME}.exe"
!ifndef STAND_IN_PAYLOAD
  !if /FileExists "${PAYLOAD_DIR}\${EXE_NAME}"
  !else
    !error "${PAYLOAD_DIR} holds no ${EXE_NAME}: build the Windows bundle first (python packaging/build.py)"
  !endif
!endif

!define PUBLISHER "RepayRadar team"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
; Both names a shortcut may have had (it follows the installer's language); both are cleaned up.
!define SHORTCUT_EN "RepayRadar.lnk"
!define SHORTCUT_ZH "还款雷达.lnk"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "StrFunc.nsh"
!include "Win\COM.nsh"
!include "Win\Propkey.nsh"
${StrStr}
${UnStrStr}

Name "$(AppDisplayName)"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; An earlier installation is upgraded where it is.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_NUMBERS}"
VIFileVersion "${VERSION_NUMBERS}"
VIAddVersionKey /LANG=1033 "ProductName" "RepayRadar"
VIAddVersionKey /LANG=1033 "FileDescription" "RepayRadar (还款雷达) installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}, MIT licence"

; ---------------------------------------------------------------------------------------- pages

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
; The language chosen the first time is remembered (and used by the uninstaller).
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DataIsKept)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppDisplayName ${LANG_ENGLISH} "RepayRadar"
LangString AppDisplayName ${LANG_SIMPCHINESE} "还款雷达"
LangString SecAppName ${LANG_ENGLISH} "RepayRadar (required)"
LangString SecAppName ${LANG_SIMPCHINESE} "还款雷达（必需）"
LangString SecAppText ${LANG_ENGLISH} "The app and its Start-menu shortcut."
LangString SecAppText ${LANG_SIMPCHINESE} "应用程序及其“开始”菜单快捷方式。"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopName ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktopText ${LANG_ENGLISH} "A shortcut to RepayRadar on the desktop."
LangString SecDesktopText ${LANG_SIMPCHINESE} "在桌面上放置还款雷达的快捷方式。"
LangString SecAutostartName ${LANG_ENGLISH} "Start at login"
LangString SecAutostartName ${LANG_SIMPCHINESE} "登录时启动"
LangString SecAutostartText ${LANG_ENGLISH} "Start RepayRadar in the tray when you log in, so reminders arrive on time. You can change this later in its settings."
LangString SecAutostartText ${LANG_SIMPCHINESE} "登录时在托盘中启动还款雷达，以便按时提醒。以后可在设置中更改。"
LangString AppRunning ${LANG_ENGLISH} "RepayRadar is running. Click OK to close it and continue, or Cancel to stop. Your data is saved."
LangString AppRunning ${LANG_SIMPCHINESE} "还款雷达正在运行。点击“确定”将其关闭并继续，点击“取消”停止。您的数据已保存。"
LangString DataIsKept ${LANG_ENGLISH} "RepayRadar will be removed. Your loans, payments and backups in $LOCALAPPDATA\${APP_NAME} are kept; delete that folder yourself if you no longer need them."
LangString DataIsKept ${LANG_SIMPCHINESE} "将卸载还款雷达。您在 $LOCALAPPDATA\${APP_NAME} 中的贷款、还款记录和备份会保留；如不再需要，请自行删除该文件夹。"

; ------------------------------------------------------------------------------------ functions

; Close a running copy of this user's RepayRadar: its files are in use while it runs. The store writes
; every change in one SQLite transaction, so ending the process loses nothing that was saved.
!macro CLOSE_RUNNING_APP un
Function ${un}CloseRunningApp
  Push $0
  Push $1
  Push $2
  ReadEnvStr $2 USERNAME
  nsExec::ExecToStack 'tasklist /FI "IMAGENAME eq ${EXE_NAME}" /FI "USERNAME eq $2" /FO CSV /NH'
  Pop $0 ; exit status
  Pop $1 ; output: a quoted CSV row when the program runs, an "INFO: ..." line when it does not
  StrCpy $1 $1 1
  ${If} $0 = 0
  ${AndIf} $1 == '"'
    MessageBox MB_OKCANCEL|MB_ICONINFORMATION "$(AppRunning)" /SD IDOK IDOK close
    Abort
    close:
    nsExec::Exec 'taskkill /F /T /IM "${EXE_NAME}" /FI "USERNAME eq $2"'
    Pop $0
    Sleep 1500 ; Windows releases the files of the ended process
  ${EndIf}
  Pop $2
  Pop $1
  Pop $0
FunctionEnd
!macroend
!insertmacro CLOSE_RUNNING_APP ""
!insertmacro CLOSE_RUNNING_APP "un."

; Give the shortcut at $0 the app's AppUserModelID (System.AppUserModel.ID), through the shell's
; IPropertyStore on the link, as Windows documents for shortcuts of apps that set their own id.
Function SetShortcutAppId
  System::Store "S"
  StrCpy $3 "no shell link object" ; replaced by each step's HRESULT, 0 once all went through
  !insertmacro ComHlpr_CreateInProcInstance ${CLSID_ShellLink} ${IID_IShellLink} r1 ""
  ${If} $1 P<> 0
    ${IUnknown::QueryInterface} $1 '("${IID_IPersistFile}",.r2)'
    ${If} $2 P<> 0
      ${IPersistFile::Load} $2 '("$0",${STGM_READWRITE}).r3'
      ${If} $3 = 0
        ${IUnknown::QueryInterface} $1 '("${IID_IPropertyStore}",.r4)'
        ${If} $4 P<> 0
          System::Call 'SHLWAPI::SHStrDupW(w "${APP_ID}", *p .r5) i .r3'
          ${If} $3 = 0
            System::Call '*${SYSSTRUCT_PROPERTYKEY}(${PKEY_AppUserModel_ID})p.r6'
            ; PROPVARIANT: vt, three reserved words, then the string pointer (padded to full size).
            System::Call '*(&i2 ${VT_LPWSTR}, &i6 0, p r5, p 0, p 0)p.r7'
            ${IPropertyStore::SetValue} $4 '($6,$7).r3'
            ${If} $3 = 0
              ${IPropertyStore::Commit} $4 '.r3'
            ${EndIf}
            System::Call 'OLE32::PropVariantClear(p r7)' ; frees the string
            System::Free $6
            System::Free $7
            ${If} $3 = 0
              ${IPersistFile::Save} $2 '("$0",1).r3'
            ${EndIf}
          ${EndIf}
          ${IUnknown::Release} $4 ""
        ${EndIf}
      ${EndIf}
      ${IUnknown::Release} $2 ""
    ${EndIf}
    ${IUnknown::Release} $1 ""
  ${EndIf}
  ${If} $3 <> 0
    DetailPrint "AppUserModelID not set on $0 ($3)"
  ${EndIf}
  System::Store "L"
FunctionEnd

; ------------------------------------------------------------------------------------- sections

Section "!$(SecAppName)" SecApp
  SectionIn RO
  Call CloseRunningApp
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the previous version's files go first, so none is left over. Only the bundle's
  ; own folder is removed whole; the folder itself may be one the user chose and holds nothing else of
  ; ours.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD_DIR}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  Delete "$SMPROGRAMS\${SHORTCUT_EN}"
  Delete "$SMPROGRAMS\${SHORTCUT_ZH}"
  StrCpy $0 "$SMPROGRAMS\$(AppDisplayName).lnk"
  CreateShortCut "$0" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0
  Call SetShortcutAppId

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(AppDisplayName)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SecDesktopName)" SecDesktop
  Delete "$DESKTOP\${SHORTCUT_EN}"
  Delete "$DESKTOP\${SHORTCUT_ZH}"
  StrCpy $0 "$DESKTOP\$(AppDisplayName).lnk"
  CreateShortCut "$0" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0
  Call SetShortcutAppId
SectionEnd

Section /o "$(SecAutostartName)" SecAutostart
  WriteRegStr HKCU "${RUN_KEY}" "${APP_NAME}" '"$INSTDIR\${EXE_NAME}" --background'
SectionEnd

; Unticking "Start at login" on an upgrade turns off the login entry of this installation.
Section "-AutostartOff"
  ${IfNot} ${SectionIsSelected} ${SecAutostart}
    ReadRegStr $0 HKCU "${RUN_KEY}" "${APP_NAME}"
    ${StrStr} $1 $0 "$INSTDIR\${EXE_NAME}"
    ${If} $1 != ""
      DeleteRegValue HKCU "${RUN_KEY}" "${APP_NAME}"
    ${EndIf}
  ${EndIf}
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SecAppText)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopText)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAutostart} "$(SecAutostartText)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ; An upgrade shows the login entry as it is now (the app's settings may have turned it on).
  ReadRegStr $0 HKCU "${RUN_KEY}" "${APP_NAME}"
  ${If} $0 != ""
    !insertmacro SelectSection ${SecAutostart}
  ${EndIf}
  ; So does the desktop shortcut.
  ${If} ${FileExists} "$DESKTOP\${SHORTCUT_EN}"
  ${OrIf} ${FileExists} "$DESKTOP\${SHORTCUT_ZH}"
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; ----------------------------------------------------------------------------------- uninstaller

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  Call un.CloseRunningApp
  Delete "$SMPROGRAMS\${SHORTCUT_EN}"
  Delete "$SMPROGRAMS\${SHORTCUT_ZH}"
  Delete "$DESKTOP\${SHORTCUT_EN}"
  Delete "$DESKTOP\${SHORTCUT_ZH}"
  ; The login entry goes if it starts this installation (another copy's entry is left alone).
  ReadRegStr $0 HKCU "${RUN_KEY}" "${APP_NAME}"
  ${UnStrStr} $1 $0 "$INSTDIR\${EXE_NAME}"
  ${If} $1 != ""
    DeleteRegValue HKCU "${RUN_KEY}" "${APP_NAME}"
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR" ; only if empty: the user may have chosen a folder that holds other things
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The window's hints in %APPDATA% (app/ui/shell/i18n.py: the language of the first paint; app/ui/reminders/tray.py:
  ; reminders already shown) are the program's, not the user's data, which stays in $LOCALAPPDATA.
  Delete "$APPDATA\${APP_NAME}\ui.ini"
  Delete "$APPDATA\${APP_NAME}\reminders.ini"
  RMDir "$APPDATA\${APP_NAME}"
SectionEnd
