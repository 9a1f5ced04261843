"""Reminders as freedesktop.org desktop notifications, sent straight over the session D-Bus with QtDBus
(part of PySide6-Essentials: no extra dependency).

The notification carries two actions, "default" (clicking it: open the loan) and "snooze"; the daemon
answers with the ActionInvoked signal. Some daemons (KDE Plasma) send that signal only to the connection
that posted the notification, so posting and listening share Qt's one session-bus connection.

PySide cannot give a D-Bus argument an unsigned type directly (Python ints marshal as int32), and Notify
wants a uint32 replaces_id. QtDBus types a method's arguments from the interface's introspection, which
it caches per interface name; the daemons' own introspection lacks the Qt annotation for a{sv} hints.
So we first introspect a local placeholder object that describes org.freedesktop.Notifications with that
annotation: the cached description then types the real call (uint, QVariantMap). on_session_bus()
checks that it took effect and otherwise declines, so the caller falls back to the tray balloon.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, QUrl, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusVirtualObject

from app import APP_ID, APP_NAME
from app.resources import resource_path
from app.ui.shell.i18n import tr
from app.ui.reminders.notifier import OPEN, SNOOZE, Notifier

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
_SHAPE_PATH = "/org/repayradar/NotificationsShape"
_CALL_TIMEOUT_MS = 5000
_DEFAULT_ACTION = "default"  # the spec's name for "the notification itself was clicked"

_SHAPE_XML = f"""<interface name="{INTERFACE}">
  <method name="Notify">
    <arg name="app_name" type="s" direction="in"/>
    <arg name="replaces_id" type="u" direction="in"/>
    <arg name="app_icon" type="s" direction="in"/>
    <arg name="summary" type="s" direction="in"/>
    <arg name="body" type="s" direction="in"/>
    <arg name="actions" type="as" direction="in"/>
    <arg name="hints" type="a{{sv}}" direction="in"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
    <arg name="expire_timeout" type="i" direction="in"/>
    <arg name="id" type="u" direction="out"/>
  </method>
  <method name="CloseNotification">
    <arg name="id" type="u" direction="in"/>
  </method>
  <method name="GetCapabilities">
    <arg name="capabilities" type="as" direction="out"/>
  </method>
  <signal name="ActionInvoked">
    <arg name="id" type="u"/>
    <arg name="action_key" type="s"/>
  </signal>
  <signal name="NotificationClosed">
    <arg name="id" type="u"/>
    <arg name="reason" type="u"/>
  </signal>
</interface>
"""


class _InterfaceShape(QDBusVirtualObject):
    """Answers Introspect with the annotated description; handles no calls."""

    def introspect(self, path: str) -> str:
        return _SHAPE_XML

    def handleMessage(self, message, connection) -> bool:  # noqa: N802 - Qt's name
        return False


def _prime_typed_interface(bus: QDBusConnection) -> bool:
    shape = _InterfaceShape()
    if not bus.registerVirtualObject(_SHAPE_PATH, shape):
        return False
    try:
        local = QDBusInterface(bus.baseService(), _SHAPE_PATH, INTERFACE, bus)
        return local.isValid()
    finally:
        bus.unregisterObject(_SHAPE_PATH)


def _typed_notify_available(interface: QDBusInterface) -> bool:
    meta = interface.metaObject()
    for index in range(meta.methodCount()):
        signature = meta.method(index).methodSignature().data().decode()
        if signature.startswith("Notify("):
            return signature == "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
    return False


class DBusNotifier(Notifier):
    """See the module's docstring. Build it with on_session_bus()."""

    def __init__(
        self, bus: QDBusConnection, interface: QDBusInterface, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._interface = interface
        self._loan_of: dict[int, str] = {}  # notification id -> loan id ("" = the overview)
        self._shown_for: dict[str, int] = {}  # loan id -> its notification still on screen
        self.fallback: Notifier | None = None
        self._capabilities: frozenset[str] | None = None
        icon = resource_path("icons", "app.svg")
        self._icon = QUrl.fromLocalFile(str(icon)).toString() if icon.is_file() else ""
        bus.connect(SERVICE, PATH, INTERFACE, "ActionInvoked", self, SLOT("_on_action_invoked(uint,QString)"))
        bus.connect(SERVICE, PATH, INTERFACE, "NotificationClosed", self, SLOT("_on_closed(uint,uint)"))

    @classmethod
    def on_session_bus(
        cls, parent: QObject | None = None, *, bus: QDBusConnection | None = None
    ) -> DBusNotifier | None:
        """A notifier on the session bus (or ``bus``), or None when there is no bus, no notification
        service, or the typed call cannot be made."""
        bus = bus if bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        names = bus.interface()
        registered = names.isServiceRegistered(SERVICE)
        activatable = names.call("ListActivatableNames").arguments()
        if not registered.value() and not (activatable and SERVICE in activatable[0]):
            return None
        if not _prime_typed_interface(bus):
            return None
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
        interface.setTimeout(_CALL_TIMEOUT_MS)
        if not interface.isValid() or not _typed_notify_available(interface):
            return None
        return cls(bus, interface, parent)

    @property
    def capabilities(self) -> frozenset[str]:
        """What the daemon supports; asked on first use, since asking may start an activatable daemon."""
        if self._capabilities is None:
            answer = self._interface.call("GetCapabilities").arguments()
            found = answer[0] if answer and isinstance(answer[0], list) else []
            self._capabilities = frozenset(found)
        return self._capabilities

    def notify(self, title: str, body: str, loan_id: str, actions: Sequence[str] = (OPEN, SNOOZE)) -> None:
        action_list: list[str] = []
        if OPEN in actions:
            action_list += [_DEFAULT_ACTION, tr("Open")]
        if SNOOZE in actions:
            action_list += [SNOOZE, tr("Snooze 1 hour")]
        if "body-markup" in self.capabilities:
            body = html.escape(body, quote=False)  # a loan named "A&B" must not read as markup
        hints = {"desktop-entry": APP_ID}
        replaces = self._shown_for.get(loan_id, 0)
        try:
            notification_id = QMetaObject.invokeMethod(
                self._interface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME),
                Q_ARG("uint", replaces),
                Q_ARG(str, self._icon),
                Q_ARG(str, title),
                Q_ARG(str, body),
                Q_ARG("QStringList", action_list),
                Q_ARG("QVariantMap", hints),
                Q_ARG(int, -1),
            )
        except RuntimeError:
            notification_id = 0
        if not notification_id or self._interface.lastError().isValid():
            # The daemon went away or refused: the reminder must still be seen.
            if self.fallback is not None:
                self.fallback.notify(title, body, loan_id, actions)
            return
        self._loan_of[int(notification_id)] = loan_id
        self._shown_for[loan_id] = int(notification_id)

    def close(self) -> None:
        for notification_id in list(self._loan_of):
            QMetaObject.invokeMethod(
                self._interface,
                "CloseNotification",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", notification_id),
            )
        self._loan_of.clear()
        self._shown_for.clear()

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, action_key: str) -> None:
        if notification_id not in self._loan_of:
            return  # another application's notification
        loan_id = self._loan_of[notification_id]
        if action_key in (_DEFAULT_ACTION, OPEN):
            self.activated.emit(loan_id)
        elif action_key == SNOOZE:
            self.snoozed.emit(loan_id)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        loan_id = self._loan_of.pop(notification_id, None)
        if loan_id is not None and self._shown_for.get(loan_id) == notification_id:
            del self._shown_for[loan_id]
