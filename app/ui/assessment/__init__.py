"""The loan page's assessment tab (assessment_tab) and its widgets: the risk summary and timeline view,
the behaviour questionnaire and the what-if panel.

    from app.ui.assessment import AssessmentView, BehaviourForm, TimelineWidget
"""

from app.ui.assessment.assessment_view import AssessmentView
from app.ui.assessment.behaviour_form import BehaviourForm
from app.ui.assessment.timeline_widget import TimelineWidget

__all__ = ["AssessmentView", "BehaviourForm", "TimelineWidget"]
