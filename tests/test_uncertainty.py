"""Doubts are shown: a plan's uncertain topic reaches its measures' warnings and the run's summary."""

from __future__ import annotations

from pipeline.query import connect


def test_uncertain_topic_reaches_the_measures_that_take_it(corpus_dataset):
    con = connect(corpus_dataset)
    plans = con.execute("SELECT plan_key, topic_code FROM plans WHERE list_contains(warnings, 'topic_uncertain')"
                        ).fetchall()
    assert plans, "the sample has plans whose topic is a guess"
    for plan_key, topic in plans:
        flagged = con.execute("""
            SELECT count(*) FILTER (WHERE list_contains(warnings, 'topic_uncertain')), count(*)
            FROM measures WHERE plan_key = ? AND topic_code = ?""", [plan_key, topic]).fetchone()
        assert flagged[0] == flagged[1], plan_key
    shown = con.execute("SELECT sum(n_measures) FROM warnings_by_kind WHERE warning = 'topic_uncertain'").fetchone()[0]
    assert shown and shown > 0
