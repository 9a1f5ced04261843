"""The assessment tab's widgets: the risk summary and timeline view, and the behaviour questionnaire.

    from app.ui.assessment import AssessmentView, BehaviourForm, TimelineWidget
"""

from app.ui.assessment.assessment_view import AssessmentView
from app.ui.assessment.behaviour_form import BehaviourForm
from app.ui.assessment.timeline_widget import TimelineWidget

__all__ = ["AssessmentView", "BehaviourForm", "TimelineWidget"]
