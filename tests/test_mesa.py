import numpy as np
import pytest
import torch
from sklearn.metrics import average_precision_score
from sklearn.tree import DecisionTreeClassifier

from imbalbench.algorithms.mesa import SoftActorCritic, error_histogram, meta_sample
from imbalbench.estimators.api import MESAClassifier


def test_meta_sampling_with_a_fixed_action_by_hand():
    errors = np.array([0.05, 0.10, 0.50, 0.90, 0.95, 0.30])
    # A narrow Gaussian around mu: the rows whose errors are nearest to mu, in that order.
    picked = meta_sample(errors, mu=0.9, sigma=0.01, n=2, rng=np.random.default_rng(0))
    assert sorted(picked.tolist()) == [3, 4]
    picked = meta_sample(errors, mu=0.0, sigma=0.02, n=2, rng=np.random.default_rng(5))
    assert sorted(picked.tolist()) == [0, 1]
    assert sorted(meta_sample(errors, 0.5, 0.1, n=10, rng=np.random.default_rng(0)).tolist()) == list(range(6))


def test_error_histogram_by_hand():
    assert error_histogram(np.array([0.0, 0.1, 0.25, 0.6, 1.0]), 4).tolist() == [0.4, 0.2, 0.2, 0.2]


def test_fixed_policy_gives_the_hand_computed_training_sets(monkeypatch):
    """With the sampler's action fixed, each tree sees every minority row and the majority rows
    that meta_sample picks for that action."""
    rng = np.random.default_rng(0)
    y = np.array([0] * 80 + [1] * 10)
    X = rng.normal(size=(90, 3)) + y[:, None]
    monkeypatch.setattr(SoftActorCritic, "act", lambda self, state, deterministic=False: 0.25)
    seen = []
    original = DecisionTreeClassifier.fit
    monkeypatch.setattr(
        DecisionTreeClassifier,
        "fit",
        lambda self, Xs, ys: (seen.append((Xs.copy(), ys.copy())), original(self, Xs, ys))[1],
    )
    clf = MESAClassifier(n_estimators=3, episodes=0, random_state=1).fit(X, y, X[::3], y[::3])
    assert clf.actions_ == [0.25, 0.25, 0.25]
    # Replay by hand: same seed, same order of draws (meta_sample, then the tree's seed).
    hand = np.random.default_rng(1)
    p_train = np.full(90, 0.5)
    assert len(seen) == 3
    for t, (Xs, ys) in enumerate(list(seen)):
        chosen = np.flatnonzero(y == 0)[meta_sample(p_train[y == 0], 0.25, clf.sigma, 10, hand)]
        rows = np.concatenate([np.flatnonzero(y == 1), chosen])
        assert np.array_equal(Xs, X[rows]) and ys.sum() == 10 and len(ys) == 20
        tree = original(DecisionTreeClassifier(random_state=int(hand.integers(2**31))), X[rows], y[rows])
        p_train += (tree.predict_proba(X)[:, 1] - p_train) / (t + 1)


@pytest.fixture(scope="module")
def problem():
    rng = np.random.default_rng(3)
    n = 1500
    y = (rng.random(n) < 0.07).astype(int)
    X = rng.normal(size=(n, 6))
    X[:, :2] += 1.2 * y[:, None]
    X[:, 2] += 0.8 * y * np.sign(X[:, 3])
    return X[:1000], y[:1000], X[1000:], y[1000:]


@pytest.mark.slow
def test_ensemble_beats_a_single_tree_and_is_deterministic(problem):
    X, y, X_test, y_test = problem
    torch.set_num_threads(1)
    clf = MESAClassifier(n_estimators=10, episodes=5, random_state=0).fit(X, y)
    again = MESAClassifier(n_estimators=10, episodes=5, random_state=0).fit(X, y)
    single = DecisionTreeClassifier(random_state=0).fit(X, y)
    mesa_ap = average_precision_score(y_test, clf.predict_proba(X_test)[:, 1])
    tree_ap = average_precision_score(y_test, single.predict_proba(X_test)[:, 1])
    assert mesa_ap > tree_ap + 0.05
    assert np.array_equal(clf.predict_proba(X_test), again.predict_proba(X_test))
    assert len(clf.episode_rewards_) == 5 and len(clf.estimators_) == 10
