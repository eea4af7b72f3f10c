import warnings

import numpy as np
import pytest
import torch
from imblearn.utils.estimator_checks import check_samplers_fit, check_samplers_one_label, check_target_type

from imbalbench.algorithms.egl import ExplicitGradientStep, MetaSettings, ReluMLPStep, fit_egl, meta_batches
from imbalbench.estimators.api import EGLClassifier, EGLSampler
from imbalbench.models.mlp import MLP, StackedMLP
from imbalbench.models.training import Recipe, train_classifier

from .conftest import separable_table

FAST = Recipe(hidden=(16,), epochs=15, batch_size=32, lr=1e-2)


@pytest.fixture(scope="module")
def data():
    frame = separable_table(n=300, minority=40, d=3, seed=7)
    X = frame.drop(columns="label").to_numpy(np.float32)
    X = (X - X.min(0)) / (X.max(0) - X.min(0))
    y = (frame["label"] == "pos").to_numpy().astype(np.int64)
    return X[:200], y[:200], X[200:], y[200:]


@pytest.mark.parametrize("activation", ["tanh", "relu"])
@pytest.mark.parametrize("inner_steps", [1, 2])
def test_synthetic_gradient_equals_central_finite_differences(activation, inner_steps):
    torch.manual_seed(0)
    model = MLP(3, (6, 4), activation).double()
    params = {name: p.detach().clone().requires_grad_(True) for name, p in model.named_parameters()}
    step = ExplicitGradientStep(model, eta1=0.3, eta2=1.0, inner_steps=inner_steps)
    X1, Xs, X2 = (
        torch.rand(7, 3, dtype=torch.float64),
        torch.rand(4, 3, dtype=torch.float64),
        torch.rand(6, 3, dtype=torch.float64),
    )
    y1, y2 = (
        torch.tensor([0, 1, 0, 0, 1, 0, 0.0], dtype=torch.float64),
        torch.tensor([1, 0, 0, 1, 0, 0.0], dtype=torch.float64),
    )

    def validation_loss_after_virtual_step(Xs_value):
        moved, _ = step.virtual_step(
            params, torch.cat([X1, Xs_value]), torch.cat([y1, torch.ones(4, dtype=torch.float64)]), create_graph=False
        )
        return float(step.loss(moved, X2, y2).detach())

    grad, _, _, _ = step.synthetic_gradient(params, X1, y1, Xs, torch.ones(4, dtype=torch.float64), X2, y2)
    eps = 1e-6
    numeric = torch.zeros_like(Xs)
    for index in np.ndindex(*Xs.shape):
        up, down = Xs.clone(), Xs.clone()
        up[index] += eps
        down[index] -= eps
        numeric[index] = (validation_loss_after_virtual_step(up) - validation_loss_after_virtual_step(down)) / (2 * eps)
    assert torch.linalg.norm(grad - numeric) / torch.linalg.norm(numeric) < 1e-6


@pytest.mark.parametrize("hidden", [(6,), (6, 4), (7, 5, 3)])
def test_written_out_step_equals_autograd_step_on_stacked_seeds(hidden):
    """ReluMLPStep (the fast path) against ExplicitGradientStep through autograd, which the
    finite-difference test above checks; float64, three stacked seeds with their own rows."""
    torch.manual_seed(2)
    models = [MLP(3, hidden, "relu").double() for _ in range(3)]
    stacked = StackedMLP(models)
    params = {name: p.detach().clone().requires_grad_(True) for name, p in stacked.named_parameters()}
    X1, Xs, X2 = (
        torch.rand(3, 9, 3, dtype=torch.float64),
        torch.rand(3, 5, 3, dtype=torch.float64),
        torch.rand(3, 8, 3, dtype=torch.float64),
    )
    y1, y2 = (torch.rand(3, 9) < 0.4).double(), (torch.rand(3, 8) < 0.4).double()
    ys = torch.ones(3, 5, dtype=torch.float64)
    bounds = (torch.full((3,), 0.1, dtype=torch.float64), torch.full((3,), 0.9, dtype=torch.float64))
    oracle = ExplicitGradientStep(stacked, eta1=0.3, eta2=2.0, bounds=bounds)(params, X1, y1, Xs, ys, X2, y2)
    fast = ReluMLPStep(eta1=0.3, eta2=2.0, bounds=bounds)(
        {k: v.detach() for k, v in params.items()}, X1, y1, Xs, ys, X2, y2
    )
    for name in params:
        assert torch.allclose(fast[0][name], oracle[0][name], rtol=0, atol=1e-12), name
    assert torch.allclose(fast[1], oracle[1], rtol=0, atol=1e-12)
    assert torch.allclose(fast[3], oracle[3], rtol=0, atol=1e-12)
    assert not torch.allclose(fast[1], Xs)  # the rows moved (the check is not vacuous)


def test_eta2_zero_keeps_rows_and_equals_training_on_duplicated_minority(data):
    X, y, Xv, yv = data
    settings = MetaSettings(eta1=0.05, eta2=0.0, synthetic_batch_size=64, meta_epochs=6, clip=True)
    (egl,) = fit_egl(X, y, Xv, yv, FAST, settings, [3])
    start, learned = egl.extras["synthetic_start"], egl.extras["synthetic"]
    assert np.array_equal(start, learned)
    assert np.array_equal(start, X[y == 1])  # c = 1 copies every minority row

    # The same run written as plain training: warm start, then SGD with eta1 on the data with
    # every minority row duplicated, over EGL's own batches (train rows + duplicated rows).
    n = len(y)
    X_dup, y_dup = np.vstack([X, X[y == 1]]), np.concatenate([y, np.ones(int(y.sum()), dtype=y.dtype)])

    def egl_batches(labels, batch_size, generator):
        return [
            torch.cat([rows, n + synthetic])
            for rows, synthetic, _ in meta_batches(
                n, int(y.sum()), len(yv), batch_size, settings.synthetic_batch_size, generator
            )
        ]

    warm = train_classifier(X, y, Xv, yv, FAST, [3])
    (plain,) = train_classifier(
        X_dup,
        y_dup,
        Xv,
        yv,
        Recipe(
            hidden=FAST.hidden,
            optimizer="sgd",
            lr=settings.eta1,
            epochs=settings.meta_epochs,
            batch_size=FAST.batch_size,
        ),
        [3],
        batches=egl_batches,
        model=warm.model,
    ).results()
    assert egl.best_epoch == plain.best_epoch
    assert egl.trace["valid_auc_pr"][-6:] == pytest.approx(plain.trace["valid_auc_pr"], abs=1e-6)
    for (name, a), (_, b) in zip(egl.model.named_parameters(), plain.model.named_parameters()):
        assert torch.allclose(a, b, atol=1e-6), name


def test_confidence_below_every_probability_falls_back_to_plain_training(data):
    X, y, Xv, yv = data
    with pytest.warns(RuntimeWarning, match="nothing to copy"):
        (egl,) = fit_egl(X, y, Xv, yv, FAST, MetaSettings(confidence=0.0), [1])
    (plain,) = train_classifier(X, y, Xv, yv, FAST, [1]).results()
    assert egl.best_epoch == -1 and len(egl.extras["synthetic"]) == 0
    for a, b in zip(egl.model.parameters(), plain.model.parameters()):
        assert torch.equal(a, b)


def test_synthetic_rows_move_stay_in_range_and_trace_is_complete(data):
    X, y, Xv, yv = data
    (result,) = fit_egl(X, y, Xv, yv, FAST, MetaSettings(eta2=1e3, meta_epochs=5), [0])
    learned = result.extras["synthetic"]
    assert not np.allclose(learned, result.extras["synthetic_start"])
    assert learned.min() >= X.min() and learned.max() <= X.max()
    phases = result.trace["phase"]
    assert phases.count("warm_start") == FAST.epochs and phases.count("meta") == 5
    displacement = np.asarray(result.trace["mean_displacement"][-5:])
    expected = np.linalg.norm(learned - result.extras["synthetic_start"], axis=1).mean()
    assert displacement[-1] == pytest.approx(expected, rel=1e-5)


@pytest.mark.parametrize("classifier_step", ["virtual", "optimizer"])
def test_classifier_learns_and_is_deterministic(data, classifier_step):
    X, y, Xv, yv = data
    make = lambda: EGLClassifier(recipe=FAST, meta_epochs=5, classifier_step=classifier_step, device="cpu")
    first, again = make().fit(X, y, Xv, yv), make().fit(X, y, Xv, yv)
    p = first.predict_proba(Xv)
    assert p.shape == (len(Xv), 2) and np.allclose(p.sum(1), 1)
    assert np.array_equal(p, again.predict_proba(Xv))
    from sklearn.metrics import average_precision_score

    assert average_precision_score(yv, p[:, 1]) > 0.8


def test_classifier_with_other_labels_augments_the_smaller_class(data):
    X, y, _, _ = data
    labels = np.where(y == 1, "rare", "common")
    clf = EGLClassifier(recipe=FAST, meta_epochs=2, device="cpu").fit(X, labels)
    assert list(clf.classes_) == ["common", "rare"] and clf.minority_class_ == "rare"
    assert set(clf.predict(X)) <= {"common", "rare"}


SAMPLER = EGLSampler(EGLClassifier(recipe=Recipe(hidden=(8,), epochs=3, batch_size=16), meta_epochs=2, device="cpu"))


# imbalanced-learn's sampler checks that apply to a binary sampler (the others use three classes).
@pytest.mark.parametrize("check", [check_target_type, check_samplers_one_label, check_samplers_fit])
def test_sampler_passes_imbalanced_learn_checks(check):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        check("EGLSampler", SAMPLER)


@pytest.mark.parametrize("dtypes", [(np.float32, np.int64), (np.float64, np.int32)])
def test_sampler_adds_only_minority_rows_and_keeps_dtypes(data, dtypes):
    X, y = data[0].astype(dtypes[0]), data[1].astype(dtypes[1])
    X_res, y_res = SAMPLER.fit_resample(X, y)
    assert y_res.dtype == y.dtype
    n_new = len(SAMPLER.classifier_.synthetic_X_)
    assert X_res.shape == (len(X) + n_new, X.shape[1]) and X_res.dtype == X.dtype
    assert np.array_equal(X_res[: len(X)], X) and np.array_equal(y_res[: len(y)], y)
    assert n_new > 0 and set(y_res[len(y) :]) == {1}


def test_sampler_keeps_list_input_as_lists(data):
    X, y, _, _ = data
    X_list, y_list = SAMPLER.fit_resample(X[:80].tolist(), y[:80].tolist())
    X_array, y_array = SAMPLER.fit_resample(X[:80], y[:80])
    assert isinstance(X_list, list) and isinstance(y_list, list)
    assert np.allclose(X_list, X_array) and list(y_array) == y_list


def test_synthetic_target_gradient_equals_finite_differences():
    """The sine illustration learns the synthetic targets too (MSE loss)."""
    torch.manual_seed(1)
    model = MLP(1, (5,), "tanh").double()
    params = {name: p.detach().clone().requires_grad_(True) for name, p in model.named_parameters()}
    step = ExplicitGradientStep(model, eta1=0.1, eta2=1.0, loss=torch.nn.functional.mse_loss, learn_targets=True)
    X1, X2, Xs = (torch.rand(n, 1, dtype=torch.float64) * 10 - 5 for n in (5, 5, 8))
    y1, y2, ys = torch.sin(X1[:, 0]), torch.sin(X2[:, 0]), torch.rand(8, dtype=torch.float64)

    def f(ys_value):
        moved, _ = step.virtual_step(params, torch.cat([X1, Xs]), torch.cat([y1, ys_value]), create_graph=False)
        return float(step.loss(moved, X2, y2).detach())

    _, grad, _, _ = step.synthetic_gradient(params, X1, y1, Xs, ys, X2, y2)
    eps = 1e-6
    numeric = torch.tensor([(f(ys + eps * e) - f(ys - eps * e)) / (2 * eps) for e in torch.eye(8, dtype=torch.float64)])
    assert torch.linalg.norm(grad - numeric) / torch.linalg.norm(numeric) < 1e-6
