"""The estimators follow scikit-learn's and imbalanced-learn's conventions: their own checks pass."""

import numpy as np
import pytest
import torch
from imblearn.utils import estimator_checks as imblearn_checks
from sklearn.datasets import make_classification
from sklearn.utils.estimator_checks import parametrize_with_checks

from imbalbench.estimators.api import CWGANSampler, EGLClassifier, EGLSampler, MESAClassifier
from imbalbench.models.training import Recipe

# Small budgets keep the checks fast; enough training for check_classifiers_train's accuracy bar.
SMALL_RECIPE = Recipe(epochs=30, hidden=(16,), lr=1e-2, batch_size=32)
CLASSIFIERS = [
    EGLClassifier(recipe=SMALL_RECIPE, meta_epochs=3, eta2=1.0, device="cpu"),
    MESAClassifier(n_estimators=3, episodes=1),
]
SAMPLERS = [
    EGLSampler(EGLClassifier(recipe=Recipe(epochs=3, hidden=(8,)), meta_epochs=2, device="cpu")),
    CWGANSampler(generator_steps=3, hidden=(8,), batch_size=16, device="cpu"),
]


@parametrize_with_checks(CLASSIFIERS)
def test_scikit_learn_checks(estimator, check):
    check(estimator)


def _binary_dataset():
    """imbalanced-learn's check data set (1000 rows, imbalanced) with two classes instead of three:
    the samplers are binary by design."""
    return make_classification(n_samples=1000, n_classes=2, n_informative=4, weights=[0.3, 0.7], random_state=0)


@imblearn_checks.parametrize_with_checks(
    SAMPLERS,
    expected_failed_checks=lambda sampler: {
        "check_samplers_multiclass_ova": "one-vs-all targets of three or more classes: the samplers are binary"
    },
)
def test_imbalanced_learn_sampler_checks(estimator, check, monkeypatch):
    monkeypatch.setattr(imblearn_checks, "sample_dataset_generator", _binary_dataset)
    check(estimator)


@pytest.mark.parametrize(
    "make",
    [
        lambda seed: EGLClassifier(
            recipe=Recipe(epochs=2, hidden=(4,)), meta_epochs=1, random_state=seed, device="cpu"
        ),
        lambda seed: CWGANSampler(generator_steps=2, hidden=(4,), random_state=seed, device="cpu"),
        lambda seed: MESAClassifier(n_estimators=2, episodes=1, random_state=seed),
    ],
)
def test_fitting_leaves_torchs_global_generator_alone(make):
    X, y = make_classification(n_samples=120, weights=[0.8], random_state=1)
    fit = (lambda e: e.fit_resample(X, y)) if isinstance(make(0), CWGANSampler) else (lambda e: e.fit(X, y))
    for seed in (None, 0):
        before = torch.get_rng_state()
        fit(make(seed))
        assert torch.equal(torch.get_rng_state(), before)
    # An int seed is reproducible; None draws a fresh one.
    if isinstance(make(0), EGLClassifier):
        assert np.array_equal(make(3).fit(X, y).predict_proba(X), make(3).fit(X, y).predict_proba(X))


def test_cwgan_parameters_are_validated():
    X, y = make_classification(n_samples=60, weights=[0.8], random_state=1)
    with pytest.raises(ValueError, match="generator_steps"):
        CWGANSampler(generator_steps=0).fit_resample(X, y)


def test_egl_classifier_prints_progress_only_when_verbose(capsys):
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(120, 3)), (rng.random(120) < 0.2).astype(int)
    recipe = Recipe(epochs=4, hidden=(4,))
    EGLClassifier(recipe=recipe, meta_epochs=3, device="cpu").fit(X, y)
    assert capsys.readouterr().out == ""
    EGLClassifier(recipe=recipe, meta_epochs=3, device="cpu", verbose=1).fit(X, y)
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("epoch 4/4") and "s left" in line for line in lines)
    assert any(line.startswith("meta epoch 3/3") and "s left" in line for line in lines)
