"""Ranking components, each against numbers computed by hand, and the weighted total."""

from __future__ import annotations

from datetime import date

import pytest

from careernav.config import Settings
from careernav.knowledge.catalogue import Catalogue
from careernav.knowledge.model import Popularity, Resource, TaughtSkill
from careernav.knowledge.retrieval import Candidate, Retriever
from careernav.models import Level
from careernav.ranking import (
    COMPONENTS,
    Feedback,
    LinkStatus,
    Ranker,
    RankingRequest,
    alignment_score,
    bayesian_rating,
    comment_compound,
    community_score,
    cost_score,
    depth_score,
    freshness_score,
    is_eligible,
    level_fit_score,
    popularity_score,
    style_score,
    time_fit_score,
)
from careernav.taxonomy import load_taxonomy

B, MID, E = Level.BASIC, Level.INTERMEDIATE, Level.EXPERT


def resource(rid: str, **extra: object) -> Resource:
    skills = extra.pop("skills", {"pandas": B})
    return Resource(
        id=rid,
        title=extra.pop("title", rid),
        url=extra.pop("url", f"https://example.org/{rid}"),
        provider="Example",
        format=extra.pop("format", "video"),
        level=extra.pop("level", B),
        hours=extra.pop("hours", 6.0),
        free=extra.pop("free", True),
        skills=[TaughtSkill(skill_id=s, level=lv, method="curated") for s, lv in skills.items()],
        source="test",
        licence="test",
        **extra,
    )


def test_bayesian_rating() -> None:
    assert bayesian_rating(4.5, 30, 4.0, 20) == pytest.approx((20 * 4.0 + 30 * 4.5) / 50)  # 4.3
    assert bayesian_rating(4.5, 30, 4.0, 20, extra=[5, 3]) == pytest.approx(223 / 52)
    assert bayesian_rating(None, None, 4.0, 20) == 4.0
    assert bayesian_rating(None, 100, 4.0, 20) == 4.0  # a count without a mean says nothing


def test_popularity_is_log_scaled() -> None:
    assert popularity_score(999, None, 999_999) == pytest.approx(0.5)
    assert popularity_score(None, 9, 999_999) == pytest.approx(1 / 6)
    assert popularity_score(None, None, 999_999) == 0.0
    assert popularity_score(10**8, None, 999_999) == 1.0


def test_level_fit_and_alignment() -> None:
    assert level_fit_score(MID, B, MID) == 1.0
    assert level_fit_score(MID, None, E) == 0.4  # no current level: a step below is off
    assert level_fit_score(B, None, E) == 0.1  # two steps below
    assert level_fit_score(MID, B, E) == 0.7  # a step on the way from a known level
    assert level_fit_score(B, B, MID) == 0.2  # what you already know
    assert level_fit_score(E, B, MID) == 0.4  # a step harder than needed
    assert level_fit_score(E, None, B) == 0.1  # two steps harder
    # A level the source does not state: one step off is weak evidence of a mismatch.
    assert level_fit_score(MID, None, B, estimated=True) == 0.7
    assert level_fit_score(E, None, B, estimated=True) == 0.1
    taught = TaughtSkill(skill_id="pandas", level=B, method="dictionary", score=0.8)
    assert alignment_score(taught, B) == pytest.approx(0.8)
    assert alignment_score(taught, MID) == pytest.approx(0.4)
    assert alignment_score(taught, MID, estimated=True) == pytest.approx(0.8)
    assert alignment_score(None, B) == 0.0


def test_depth_time_cost_style() -> None:
    assert depth_score(1.0, B) == 0.25  # a cheat sheet
    assert depth_score(6.0, MID) == 0.75
    assert depth_score(30.0, E) == 1.0
    assert time_fit_score(30.0, 5.0, 4.0) == pytest.approx(4 / 6)
    assert time_fit_score(12.0, 5.0, 4.0) == 1.0
    assert time_fit_score(12.0, None, 4.0) == 0.5
    assert cost_score(resource("f")) == 1.0
    assert cost_score(resource("a", access="audit")) == 0.75
    assert cost_score(resource("p", free=False, access="paid")) == 0.25
    assert style_score("video", "video") == 1.0
    assert style_score("course", "video") == 0.5
    assert style_score("book", "video") == 0.0
    assert style_score("book", None) == 0.5
    with pytest.raises(ValueError, match="unknown learning style 'audio'"):
        style_score("book", "audio")


@pytest.mark.parametrize(
    ("url", "delivery", "video", "reading", "hands_on"),
    [
        ("https://www.coursera.org/learn/python-basics", "lectures", 0.75, 0.0, 0.5),
        ("https://www.udemy.com/course/python/", "lectures", 0.75, 0.0, 0.5),
        ("https://ocw.mit.edu/courses/18-06sc/", "lectures", 0.75, 0.0, 0.5),
        ("https://www.codecademy.com/learn/react-101", "interactive", 0.25, 0.0, 1.0),
        ("https://freecodecamp.org/learn/", "interactive", 0.25, 0.0, 1.0),
        ("https://www.programiz.com/python-programming", "text", 0.25, 0.5, 0.5),
        ("https://fullstackopen.com/en/", "text", 0.25, 0.5, 0.5),
    ],
)
def test_a_course_by_how_it_teaches(
    url: str, delivery: str, video: float, reading: float, hands_on: float
) -> None:
    """A Coursera course is video lectures, a Codecademy one browser exercises, a web
    tutorial lessons to read; each suits its learning style more than other courses do."""
    from careernav.knowledge.delivery import course_delivery

    found = course_delivery(url)
    assert found == delivery
    assert style_score("course", "video", found) == video
    assert style_score("course", "reading", found) == reading
    assert style_score("course", "hands-on", found) == hands_on
    assert style_score("book", "reading", found) == 1.0  # only courses are refined


def test_freshness_and_community() -> None:
    today = date(2025, 6, 1)
    assert freshness_score(None, today, 365) == 0.5
    assert freshness_score(LinkStatus(False, date(2025, 5, 30)), today, 365) == 0.0
    assert freshness_score(LinkStatus(True, date(2025, 5, 22)), today, 365) == 1.0
    assert freshness_score(LinkStatus(True, date(2024, 4, 27)), today, 365) == 0.25
    assert community_score([]) == 0.5
    assert community_score([0.6, -0.2]) == pytest.approx(0.6)
    assert comment_compound("Great course, clear and very helpful!") > 0.5
    assert comment_compound("Terrible, boring and useless.") < -0.5


def _ranker(resources: list[Resource], **settings: object) -> tuple[Ranker, Settings]:
    config = Settings(popularity_reference=999_999, **settings)
    catalogue = Catalogue.from_resources(resources)
    return Ranker(
        Retriever(catalogue, load_taxonomy(), None), config, today=date(2025, 6, 1)
    ), config


def test_weights_cover_every_component_and_sum_to_one() -> None:
    weights = _ranker([])[0].weights.values
    assert set(weights) == set(COMPONENTS)
    assert sum(weights.values()) == pytest.approx(1.0)


def test_total_is_the_weighted_sum_of_components() -> None:
    video = resource("video", title="Pandas for Hydrology", popularity=Popularity(learners=999))
    ranker, _ = _ranker([video])
    request = RankingRequest(B, None, "video", hours_per_week=3.0)
    [ranked] = ranker.rank(
        load_taxonomy().get("pandas"), request, candidates=[Candidate(video, 1.0, ("tags",))]
    )
    assert ranked.components == pytest.approx(
        {
            "relevance": 1.0,
            "alignment": 1.0,
            "focus": 2 / 3,  # "pandas" and "for" of three words
            "level_fit": 1.0,
            "depth": 1.0,
            "rating": 0.8,
            "popularity": 0.5,
            "expert": 0.0,
            "community": 0.5,
            "style": 1.0,
            "time_fit": 1.0,
            "cost": 1.0,
            "freshness": 0.5,
        }
    )
    # .14 + .11 + .09*2/3 + .16 + .09 + .07*.8 + .05*.5 + 0 + .03*.5 + .16 + .03 + .03 + .01*.5
    assert ranked.score == pytest.approx(0.881)


def test_dead_links_sink_and_feedback_counts() -> None:
    video = resource("video", title="Pandas for Hydrology", popularity=Popularity(learners=999))
    ranker, _ = _ranker([video])
    ranker.links = {"video": LinkStatus(False, date(2025, 5, 1))}
    ranker.feedback = {"video": Feedback(ratings=(5.0,), comments=())}
    request = RankingRequest(B, None, "video", hours_per_week=3.0)
    [ranked] = ranker.rank(
        load_taxonomy().get("pandas"), request, candidates=[Candidate(video, 1.0, ("tags",))]
    )
    rating = (20 * 4.0 + 5.0) / 21 / 5
    expected = 0.881 - 0.01 * 0.5 + 0.07 * (rating - 0.8)
    assert ranked.dead_link and ranked.score == pytest.approx(expected * 0.25)


def test_filters_free_only_exclusions_and_eligibility() -> None:
    paid = resource("paid", free=False, access="paid")
    free = resource("free")
    loose = resource("loose", skills={"python": B})
    ranker, _ = _ranker([paid, free, loose])
    pandas = load_taxonomy().get("pandas")
    pool = [
        Candidate(paid, 1.0, ("tags",)),
        Candidate(free, 0.9, ("tags",)),
        Candidate(loose, 0.8, ("bm25",)),
    ]
    ids = [
        r.resource.id
        for r in ranker.rank(pandas, RankingRequest(B, free_only=True), candidates=pool)
    ]
    assert ids == ["free"]
    ids = [
        r.resource.id
        for r in ranker.rank(
            pandas, RankingRequest(B, exclude=frozenset({"free"})), candidates=pool
        )
    ]
    assert ids == ["paid"]
    assert not is_eligible(Candidate(loose, 0.8, ("bm25",)), "pandas", 0.5)
    assert not is_eligible(Candidate(loose, 0.8, ("bm25", "dense"), 0.3), "pandas", 0.5)
    assert is_eligible(Candidate(loose, 0.8, ("bm25", "dense"), 0.7), "pandas", 0.5)


def test_recommendation_json_shape() -> None:
    from careernav.learning_cli import recommendation_json

    video = resource("video", popularity=Popularity(rating=4.7, ratings=35895, learners=999))
    ranker, _ = _ranker([video])
    [ranked] = ranker.rank(
        load_taxonomy().get("pandas"),
        RankingRequest(B, None, "video", hours_per_week=6.0),
        candidates=[Candidate(video, 1.0, ("tags",))],
    )
    row = recommendation_json(ranked, ranker, "pandas", "video", 6.0)
    assert set(row) == {
        "id",
        "title",
        "url",
        "format",
        "hours",
        "free",
        "score",
        "components",
        "explanation",
    }
    assert set(row["components"]) == set(COMPONENTS)
    assert "4.7 stars from 35,895 learners" in row["explanation"]
    assert "video, your preferred format" in row["explanation"]


@pytest.mark.parametrize(
    ("url", "style", "said"),
    [
        ("https://www.coursera.org/learn/pandas", "video", "a course of video lectures"),
        ("https://www.codecademy.com/learn/pandas", "hands-on", "exercises in the browser"),
        ("https://example.org/pandas-tutorial", "video", None),
    ],
)
def test_a_course_explains_how_it_teaches(url: str, style: str, said: str | None) -> None:
    from careernav.learning_cli import recommendation_json

    course = resource("course", format="course", url=url)
    ranker, _ = _ranker([course])
    [ranked] = ranker.rank(
        load_taxonomy().get("pandas"),
        RankingRequest(B, None, style),
        candidates=[Candidate(course, 1.0, ("tags",))],
    )
    explanation = recommendation_json(ranked, ranker, "pandas", style, None)["explanation"]
    claims = ("a course of video lectures", "exercises in the browser", "course, your preferred")
    assert [c for c in claims if c in explanation] == ([said] if said else [])
