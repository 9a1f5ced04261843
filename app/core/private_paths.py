"""Refusing data paths that someone else could reach: links, other users' files, shared folders.

Everything RepayRadar writes lives in the data folder. A symbolic link planted there (the data file,
backups/, the error log) would make the app write into whatever the link points at; a file or folder
that another user owns, or a folder others can write to, lets that user swap or delete the data. These
checks run before anything is opened or written, and raise StoreNotPrivate with the path and the reason.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.core.fileio import PRIVATE_FILE_MODE
from app.core.store_errors import PrivacyProblem, StoreNotPrivate

_POSIX = os.name == "posix"


def check_data_folder(folder: Path) -> None:
    """The data folder must be the user's own and writable by nobody else.

    The folder itself may be a link (a user may keep the data on another disk); what it leads to is
    what is checked. A group-writable folder is accepted when the group is the user's own private
    group (Debian's default), which nobody else is in.
    """
    if not _POSIX:
        return
    info = os.stat(folder)
    if info.st_uid != os.geteuid():
        raise StoreNotPrivate(folder, "folder_foreign")
    if info.st_mode & stat.S_IWOTH:
        raise StoreNotPrivate(folder, "folder_shared")
    if info.st_mode & stat.S_IWGRP and not _private_group(info.st_gid):
        raise StoreNotPrivate(folder, "folder_shared")


def check_data_file(path: Path) -> None:
    """A file in the data folder that RepayRadar opens must be a real file of the user's, if it exists."""
    info = _own_status_unless_link(path, "file_link")
    if info is not None and _POSIX and info.st_uid != os.geteuid():
        raise StoreNotPrivate(path, "file_foreign")


def refuse_link(path: Path) -> None:
    """Raise when ``path`` (a folder or file RepayRadar is about to write in the data folder) is a link."""
    _own_status_unless_link(path, "folder_link")


def tighten(path: Path) -> None:
    """Mode 0600 on an existing file of the user's that is readable or writable by others."""
    if not _POSIX:
        return
    info = os.lstat(path)
    if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077:
        os.chmod(path, PRIVATE_FILE_MODE, follow_symlinks=False)


def _own_status_unless_link(path: Path, reason: PrivacyProblem) -> os.stat_result | None:
    """``path``'s own status (a link's, not what it leads to), or None when nothing is there; a link is
    refused with ``reason``."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise StoreNotPrivate(path, reason)
    return info


def _private_group(gid: int) -> bool:
    import grp
    import pwd

    try:
        group = grp.getgrgid(gid)
        user = pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return False
    return group.gr_name == user and set(group.gr_mem) <= {user}
