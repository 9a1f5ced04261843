"""The first thing a new user sees (no loans yet): what the app does, and two ways in, adding their own
loan or opening the sample set; and the banner that marks the sample set and removes it in one click."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.shell.icons import app_icon
from app.ui.shell.i18n import tr
from app.ui.shell.style import SAMPLE_BANNER_COLOUR
from app.ui.widgets.retranslating import Retranslating


class EmptyState(Retranslating, QWidget):
    """Signals: addLoanRequested(), sampleRequested()."""

    addLoanRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("welcomeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setObjectName("welcomeText")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addFirstLoan")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.addLoanRequested)
        self.sample_button = QPushButton(self)
        self.sample_button.setObjectName("openSample")
        self.sample_button.clicked.connect(self.sampleRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)

        column = QWidget(self)
        # A readable measure: wrapped text at most about 60 characters wide, centred in the window.
        column.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        inner = QVBoxLayout(column)
        inner.addWidget(logo)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addSpacing(12)
        inner.addLayout(buttons)
        inner.addSpacing(12)
        inner.addWidget(self.privacy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(tr("Welcome to RepayRadar"))
        self.body.setText(
            tr(
                "Add your loans and credit cards to see every due date at a glance and be reminded before "
                "each one. If a payment is already late, RepayRadar estimates what the lender is likely to "
                "do next, when, and what helps most now."
            )
        )
        self.privacy.setText(tr("Everything stays on this computer: no account, no network."))
        self.add_button.setText(tr("&Add a loan"))
        self.add_button.setAccessibleName(tr("Add your first loan"))
        self.sample_button.setText(tr("Open the &sample set"))
        self.sample_button.setAccessibleName(tr("Open four example loans to look around"))


class SampleBanner(Retranslating, QFrame):
    """Shown while sample loans exist. Signals: removeRequested()."""

    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet(
            f"QFrame#sampleBanner {{ border: 1px solid {SAMPLE_BANNER_COLOUR};"
            f" border-left: 5px solid {SAMPLE_BANNER_COLOUR}; border-radius: 4px;"
            " background: rgba(59, 111, 208, 0.12); }"
        )
        self.message = QLabel(self)
        self.message.setObjectName("sampleMessage")
        self.message.setWordWrap(True)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeSample")
        self.remove_button.clicked.connect(self.removeRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.remove_button, 0)
        self._retranslate()

    def _retranslate(self) -> None:
        self.message.setText(
            tr(
                "You are looking at the sample set: four made-up loans marked “Sample”. "
                "Your own loans are kept when you remove it."
            )
        )
        self.remove_button.setText(tr("&Remove sample data"))
        self.remove_button.setAccessibleName(tr("Remove all sample loans"))
