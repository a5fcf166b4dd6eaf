"""Doubts are shown: a plan's uncertain topic reaches its measures' warnings and the run's summary."""

from __future__ import annotations

from pipeline.query import connect


def test_uncertain_topic_reaches_the_measures_that_take_it(corpus_dataset):
    con = connect(corpus_dataset)
    # plans whose measures all take the plan's topic (no direction sections with topics of their own)
    plans = con.execute("""
        SELECT p.plan_key FROM plans p JOIN measures m USING (plan_key)
        WHERE list_contains(p.warnings, 'topic_uncertain')
        GROUP BY p.plan_key, p.topic_code HAVING bool_and(m.topic_code = p.topic_code)""").fetchall()
    assert plans, "the sample has plans whose topic is a guess"
    for (plan_key,) in plans:
        flagged = con.execute("""
            SELECT count(*) FILTER (WHERE list_contains(warnings, 'topic_uncertain')), count(*)
            FROM measures WHERE plan_key = ?""", [plan_key]).fetchone()
        assert flagged[0] == flagged[1] > 0, plan_key
    shown = con.execute("SELECT sum(n_measures) FROM warnings_by_kind WHERE warning = 'topic_uncertain'").fetchone()[0]
    assert shown and shown > 0
