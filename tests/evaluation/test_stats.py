import numpy as np
import pytest

from pipeline.evaluation.stats import bootstrap_ci, mean_with_ci, paired_bootstrap


def test_bootstrap_is_deterministic_under_a_seed():
    values = np.random.default_rng(1).random(50).tolist()
    assert bootstrap_ci(values, seed=7) == bootstrap_ci(values, seed=7)
    assert bootstrap_ci(values, seed=7) != bootstrap_ci(values, seed=8)


def test_interval_contains_the_mean_and_narrows_with_more_data():
    rng = np.random.default_rng(0)
    small, large = rng.random(20), rng.random(2000)
    lo, hi = bootstrap_ci(small)
    assert lo < small.mean() < hi
    lo2, hi2 = bootstrap_ci(large)
    assert hi2 - lo2 < hi - lo


def test_constant_scores_give_a_point_interval():
    assert bootstrap_ci([0.4] * 5) == pytest.approx((0.4, 0.4))


def test_empty_scores_give_zero_not_nan():
    assert mean_with_ci([]) == {"mean": 0.0, "ci": None}


def test_nan_score_is_refused():
    with pytest.raises(ValueError, match="NaN"):
        bootstrap_ci([0.1, float("nan")])


def test_paired_bootstrap_finds_a_clear_difference():
    a = [0.5 + 0.01 * i for i in range(30)]
    b = [x - 0.1 for x in a]
    result = paired_bootstrap(a, b, seed=3)
    assert result["delta"] == pytest.approx(0.1)
    assert result["p_value"] == 0.0
    assert paired_bootstrap(a, b, seed=3) == result


def test_paired_bootstrap_on_identical_systems_is_not_significant():
    a = [0.1, 0.5, 0.9, 0.3, 0.7]
    assert paired_bootstrap(a, a)["p_value"] == 1.0


def test_paired_bootstrap_needs_the_same_examples():
    with pytest.raises(ValueError, match="3 scores vs 2"):
        paired_bootstrap([1, 2, 3], [1, 2])


def test_regression_one_example_gives_an_undefined_interval_and_test():
    from pipeline.evaluation.stats import MIN_EXAMPLES

    assert mean_with_ci([40.0]) == {"mean": 40.0, "ci": None}
    result = paired_bootstrap([40.0], [30.0])
    assert result["delta"] == 10.0 and result["ci"] is None and result["p_value"] is None and result["n"] == 1
    enough = [float(i) for i in range(MIN_EXAMPLES)]
    assert mean_with_ci(enough)["ci"] is not None
    assert paired_bootstrap(enough, [v - 1 for v in enough])["p_value"] is not None


def test_regression_report_says_undefined_below_the_minimum():
    from pipeline.evaluation.report import format_table

    metric = {"f": 40.0, "p": 40.0, "r": 40.0, "ci": None}
    systems = {"kiwi": {"examples": 1, **{m: metric for m in ("rouge1", "rouge2", "rougeL", "rougeLsum")},
                        "unsupported_number_rate": 0.0, "unsupported_name_rate": 0.0, "format": {}}}
    table = format_table(systems)
    assert "undefined" in table and "[40.00, 40.00]" not in table
