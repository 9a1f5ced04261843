"""dmgbuild settings for RepayRadar's disk image: the app beside a link to /Applications, so installing
is one drag.

    dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/RepayRadar.app \\
             -D icon=build/assets/icons/app.icns RepayRadar dist/RepayRadar-0.1.0.dmg

(python packaging/build.py runs this on macOS.) dmgbuild executes this file with ``defines`` holding
the -D values; every other name below is a setting it reads.
"""

import os.path

defines = globals().get("defines", {})
application = defines.get("app", "dist/RepayRadar.app")
app_name = os.path.basename(application)

# A compressed, read-only image that every supported macOS version opens.
format = defines.get("format", "UDZO")  # the name dmgbuild reads (it shadows the builtin here only)
compression_level = 9
filesystem = "HFS+"
size = None  # as large as the contents need

files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon")  # the volume's icon in Finder: the app's own

# The Finder window: the app on the left, Applications on the right, an arrow between them.
background = "builtin-arrow"
window_rect = ((200, 120), (640, 360))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 14
icon_locations = {app_name: (160, 170), "Applications": (480, 170)}
