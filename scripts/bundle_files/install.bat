@echo off
rem Installs Uitslag from this bundle without network:  install.bat [MAP]
rem Uses the Python launcher (py -3.11) when present, else python; the work is done by install.py.
where py >nul 2>nul
if %ERRORLEVEL%==0 (
    py -3.11 "%~dp0install.py" %*
) else (
    python "%~dp0install.py" %*
)
exit /b %ERRORLEVEL%
