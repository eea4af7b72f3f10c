import numpy as np
import pytest

from imbalbench.algorithms.sine import plot_sine, run_sine


@pytest.mark.parametrize("seed", [0, 1])
def test_learned_synthetic_points_lower_the_validation_loss(seed):
    """The meta objective: with learned points (eta2 = 1) the regressor fits the validation points
    far better than with the same points held fixed (eta2 = 0, plain training on train u synthetic)."""
    learned = run_sine(seed=seed, steps=1000)
    fixed = run_sine(seed=seed, steps=1000, eta2=0.0)
    assert np.array_equal(fixed.synthetic_start, fixed.synthetic_end)
    assert not np.allclose(learned.synthetic_start, learned.synthetic_end)
    assert learned.egl_valid_mse < 0.5 * fixed.egl_valid_mse


def test_report_and_figure(tmp_path):
    result = run_sine(seed=0, steps=200)
    summary = result.summary()
    assert set(summary) >= {"egl_test_mse", "baseline_test_mse", "synthetic_residual_start", "synthetic_residual_end"}
    truth = np.sin(np.pi / 2 * result.grid)
    assert summary["baseline_test_mse"] == pytest.approx(np.mean((result.baseline_fit - truth) ** 2))
    plot_sine(result, tmp_path / "sine.png")
    assert (tmp_path / "sine.png").stat().st_size > 10_000
