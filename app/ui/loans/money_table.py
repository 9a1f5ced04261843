"""A table model of one loan's records (instalments, payments) whose amounts are shown in the loan's
currency, the way the user chose to see currencies (Settings.currency_display)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from app.ui.widgets import formatting
from app.ui.widgets.tables import RecordsModel

if TYPE_CHECKING:
    from app.ui.shell.controller import Controller

RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MoneyRecordsModel(RecordsModel):
    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._currency = "CNY"

    def set_records(self, rows: list[Any], currency: str) -> None:
        self._currency = currency
        self.set_rows(rows)

    def _money(self, amount: Any) -> str:
        return formatting.money(amount, self._currency, self._controller.settings().currency_display)
