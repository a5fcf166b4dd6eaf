"""The topic of a plan, and of each direction section inside it ("Направление «…»")."""

from __future__ import annotations

from normalizers import topics
from pipeline.structure.model import Plan, RawMeasure


class PlanTopics:
    """The plan's topic from its title and context; a direction section gets its own, once."""

    def __init__(self, plan: Plan):
        self._plan = plan
        self.plan_topic = topics.classify(plan.title, plan.number, _plan_context(plan))
        self._sections: dict[str, topics.Topic] = {}

    def of(self, measure: RawMeasure) -> topics.Topic:
        section = measure.section
        if not (section and topics.is_direction_section(section)):
            return self.plan_topic
        if section not in self._sections:
            names = "\n".join(m.name for m in self._plan.measures if m.section == section)
            self._sections[section] = topics.classify(section, None, names)
        return self._sections[section]


def _plan_context(plan: Plan) -> str:
    return "\n".join(plan.sections[:20] + [m.name for m in plan.measures[:40]])
