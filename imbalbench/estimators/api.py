"""The project's methods as scikit-learn classifiers and imbalanced-learn samplers, for use outside
the workflow: :class:`EGLClassifier`, :class:`EGLSampler`, :class:`MESAClassifier`,
:class:`CWGANSampler`. The algorithms live in :mod:`imbalbench.algorithms.egl`, :mod:`imbalbench.algorithms.mesa` and
:mod:`imbalbench.algorithms.cwgan`; this module is their glue (checks, classes, seeds, tags).

All are binary: the less frequent class is the minority, the one the methods augment.
``random_state=None`` draws a seed from numpy's global generator; torch's global generator is
never reseeded.
"""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from numbers import Integral, Real

import numpy as np
import torch
from imblearn.base import BaseSampler
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.utils import check_random_state
from sklearn.utils._param_validation import Interval
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from ..algorithms.cwgan import generate_minority, oversample
from ..algorithms.egl import fit_egl
from ..algorithms.mesa import fit_mesa
from ..algorithms.settings import AUGMENTATION, CWGANSettings, MESASettings, MetaSettings
from ..core.parameters import declared, sklearn_constraints
from ..models.training import Recipe, pick_device, predict_logits


def _seed(random_state) -> int:
    """An int seed for torch and numpy from a scikit-learn ``random_state``."""
    if isinstance(random_state, Integral):
        return int(random_state)
    return int(check_random_state(random_state).randint(np.iinfo(np.int32).max))


@contextmanager
def _progress(verbose: int):
    """With ``verbose`` > 0, the package's progress lines (epochs with elapsed time and time left,
    EGL's meta epochs) go to stdout while the block runs; silent otherwise."""
    if not verbose:
        yield
        return
    logger, handler = logging.getLogger("imbalbench"), logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _dense(X):
    """Rows as a dense array: the methods train torch models (a sparse table is densified)."""
    return X.toarray() if sparse.issparse(X) else X


def _device(device) -> torch.device:
    return pick_device(device) if isinstance(device, str) else torch.device(device)


class _BinaryClassifier(ClassifierMixin, BaseEstimator):
    """What the binary classifiers share: checks, ``classes_``, the minority class, a validation
    split when ``fit`` gets none, and predictions from :meth:`_minority_logit`."""

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = False
        return tags

    def _fit_data(self, X, y, X_valid=None, y_valid=None, dtype=np.float64):
        """Check ``X`` (n, d) and a binary ``y``, set ``classes_``, ``minority_class_`` and
        ``n_features_in_``, and return ``X, y, X_valid, y_valid`` with labels 0/1 (1 = minority).
        Without validation rows, ``valid_size`` of the rows is held out, stratified."""
        X, y = validate_data(self, X, y, dtype=dtype)
        check_classification_targets(y)
        self.classes_, counts = np.unique(y, return_counts=True)
        if len(self.classes_) != 2:
            raise ValueError(
                f"Only binary classification is supported. {type(self).__name__} needs exactly two "
                f"classes; y has {len(self.classes_)} class{'' if len(self.classes_) == 1 else 'es'}."
            )
        self.minority_class_ = self.classes_[np.argmin(counts)]
        seed = _seed(self.random_state)
        if X_valid is None:
            from sklearn.model_selection import train_test_split

            X, X_valid, y, y_valid = train_test_split(X, y, test_size=self.valid_size, stratify=y, random_state=seed)
        else:
            X_valid, y_valid = validate_data(self, X_valid, y_valid, dtype=dtype, reset=False)
        minority = self.minority_class_
        return X, (y == minority).astype(np.int64), X_valid, (y_valid == minority).astype(np.int64), seed

    def _minority_logit(self, X) -> np.ndarray:  # pragma: no cover - each subclass has its own
        raise NotImplementedError

    def _checked(self, X, dtype=np.float64):
        check_is_fitted(self)
        return validate_data(self, X, dtype=dtype, reset=False)

    def decision_function(self, X) -> np.ndarray:
        """Score (n,) of ``classes_[1]``, as scikit-learn's binary classifiers."""
        check_is_fitted(self)
        logit = self._minority_logit(X)
        return logit if self.minority_class_ == self.classes_[1] else -logit

    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities (n, 2), columns in the order of ``classes_``."""
        p = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1 - p, p])

    def predict(self, X) -> np.ndarray:
        positive = self.decision_function(X) > 0
        return self.classes_[positive.astype(int)]


class EGLClassifier(_BinaryClassifier):
    """The benchmark's MLP trained with explicit-gradient augmentation (:func:`imbalbench.algorithms.egl.fit_egl`).

    Parameters
    ----------
    eta1 : step size of the virtual (and, by default, the real) classifier step.
    eta2 : step size of the synthetic rows' update (feature units per unit of gradient).
    confidence : c; minority training rows with predicted probability <= c after the warm start are copied.
    synthetic_batch_size : synthetic rows per step.
    inner_steps : virtual SGD steps per meta step.
    meta_epochs : epochs of meta-training (default: ``recipe.epochs``).
    clip : keep synthetic rows inside the training rows' feature range.
    classifier_step : ``"virtual"`` (theta <- theta', plain SGD with eta1, as Algorithm 1) or
        ``"optimizer"`` (the recipe's optimizer on the training batch plus the moved rows).
    valid_split : the meta-gradient uses one half of the validation rows, the selection of the
        meta epoch the other half (default: both use all of them).
    confidence_quantile : when given, replaces ``confidence``: copy that share of the minority rows,
        those the warm start scores lowest.
    batch_size, meta_batch_size : training and validation rows per meta step (default: the
        recipe's batch size for both).
    recipe : :class:`~imbalbench.models.training.Recipe` of the MLP and its warm start (default ``Recipe()``).
    valid_size : share of rows held out (stratified) for validation when ``fit`` gets no validation rows.
    random_state : seed of that split, the initial weights and the batches (None: a fresh one).
    device : ``"auto"``, ``"cpu"`` or ``"cuda"``.
    verbose : 0 (default) silent; > 0 prints progress to stdout: the warm start's epochs and the
        meta epochs, each line with the elapsed time and the time left.

    Attributes
    ----------
    classes_ : (2,) the class labels; ``minority_class_`` the augmented one.
    model_ : the trained MLP (parameters of the meta epoch with the best validation AUC-PR).
    synthetic_start_ : (n_synthetic, d) the copied minority rows.
    synthetic_X_ : (n_synthetic, d) the learned synthetic rows at the end of meta-training.
    trace_ : dict of per-epoch lists (phase, epoch, train_loss, valid_auc_pr, mean_displacement).
    best_epoch_ : the selected meta epoch (-1: nothing was copied, the warm start is kept).
    """

    _defaults = MetaSettings()
    _parameter_constraints = {
        **sklearn_constraints(declared(MetaSettings)),
        "recipe": [Recipe, None],
        "valid_size": [Interval(Real, 0, 1, closed="neither")],
        "random_state": ["random_state"],
        "device": [str, torch.device],
        "verbose": ["verbose"],
    }

    def __init__(
        self,
        eta1=_defaults.eta1,
        eta2=_defaults.eta2,
        confidence=_defaults.confidence,
        synthetic_batch_size=_defaults.synthetic_batch_size,
        inner_steps=_defaults.inner_steps,
        meta_epochs=_defaults.meta_epochs,
        clip=_defaults.clip,
        classifier_step=_defaults.classifier_step,
        valid_split=_defaults.valid_split,
        confidence_quantile=_defaults.confidence_quantile,
        batch_size=_defaults.batch_size,
        meta_batch_size=_defaults.meta_batch_size,
        recipe=None,
        valid_size=0.2,
        random_state=0,
        device="auto",
        verbose=0,
    ):
        self.eta1 = eta1
        self.eta2 = eta2
        self.confidence = confidence
        self.synthetic_batch_size = synthetic_batch_size
        self.inner_steps = inner_steps
        self.meta_epochs = meta_epochs
        self.clip = clip
        self.classifier_step = classifier_step
        self.valid_split = valid_split
        self.confidence_quantile = confidence_quantile
        self.batch_size = batch_size
        self.meta_batch_size = meta_batch_size
        self.recipe = recipe
        self.valid_size = valid_size
        self.random_state = random_state
        self.device = device
        self.verbose = verbose

    def settings(self) -> MetaSettings:
        return MetaSettings.of(self)

    def fit(self, X, y, X_valid=None, y_valid=None) -> EGLClassifier:
        """Fit on rows ``X`` (n, d) with binary labels ``y`` (n,).

        Without ``X_valid``/``y_valid``, a stratified ``valid_size`` share of the rows is held out.
        """
        self._validate_params()
        X, y, X_valid, y_valid, seed = self._fit_data(X, y, X_valid, y_valid, dtype=np.float32)
        with _progress(self.verbose):
            (result,) = fit_egl(
                X, y, X_valid, y_valid, self.recipe or Recipe(), self.settings(), [seed], _device(self.device)
            )
        self.model_, self.best_epoch_, self.best_valid_auc_pr_ = (
            result.model,
            result.best_epoch,
            result.best_valid_auc_pr,
        )
        self.trace_ = result.trace
        self.synthetic_start_, self.synthetic_X_ = result.extras["synthetic_start"], result.extras["synthetic"]
        return self

    def _minority_logit(self, X) -> np.ndarray:
        X = self._checked(X, dtype=np.float32)
        return predict_logits(self.model_, X).cpu().numpy().astype(np.float64)

    def minority_logit(self, X) -> np.ndarray:
        """Logit (n,) of the minority class for rows ``X`` (n, d)."""
        return self._minority_logit(X)


class MESAClassifier(_BinaryClassifier):
    """MESA ensemble of decision trees with a meta-trained sampler (:func:`imbalbench.algorithms.mesa.fit_mesa`).

    Parameters
    ----------
    n_estimators : trees in the ensemble (steps of an episode).
    episodes : meta-training episodes (ensemble builds) of the sampler.
    bins : bins of each error histogram in the state (state size 2 x bins).
    sigma : width of the Gaussian sampling weights.
    max_depth : of the trees (None: grown until pure).
    valid_size : share held out for the validation rows when ``fit`` gets none.
    random_state : seed of the trees, the sampling and the sampler's networks (None: a fresh one).

    Attributes
    ----------
    estimators_ : the trees; ``actions_``: the mu chosen for each; ``sampler_``: the meta-trained
    :class:`~imbalbench.algorithms.mesa.SoftActorCritic`; ``trace_``: per tree, validation AUC-PR and the
    action; ``episode_rewards_``: total reward of each meta-training episode.
    """

    _defaults = MESASettings()
    _parameter_constraints = {
        **sklearn_constraints(declared(MESASettings)),
        "valid_size": [Interval(Real, 0, 1, closed="neither")],
        "random_state": ["random_state"],
    }

    def __init__(
        self,
        n_estimators=_defaults.n_estimators,
        episodes=_defaults.episodes,
        bins=_defaults.bins,
        sigma=_defaults.sigma,
        max_depth=_defaults.max_depth,
        valid_size=0.2,
        random_state=0,
    ):
        self.n_estimators = n_estimators
        self.episodes = episodes
        self.bins = bins
        self.sigma = sigma
        self.max_depth = max_depth
        self.valid_size = valid_size
        self.random_state = random_state

    def fit(self, X, y, X_valid=None, y_valid=None) -> MESAClassifier:
        """Fit on ``X`` (n, d), binary ``y``; the less frequent class is the minority."""
        self._validate_params()
        X, y, X_valid, y_valid, seed = self._fit_data(X, y, X_valid, y_valid)
        settings = MESASettings.of(self)
        self.ensemble_ = fit_mesa(X, y, X_valid, y_valid, settings, seed)
        self.estimators_, self.sampler_ = self.ensemble_.trees, self.ensemble_.sampler
        self.trace_, self.episode_rewards_ = self.ensemble_.trace, self.ensemble_.episode_rewards
        self.actions_ = self.trace_["action"]
        return self

    def minority_proba(self, X) -> np.ndarray:
        """Mean over the trees of the minority probability, (n,)."""
        X = self._checked(X)
        return self.ensemble_.minority_proba(X)

    def _minority_logit(self, X) -> np.ndarray:
        return self.ensemble_.minority_logit(self._checked(X))

    def predict_proba(self, X) -> np.ndarray:
        """(n, 2), columns in the order of ``classes_``: the trees' mean probabilities, unclipped."""
        p = self.minority_proba(X)
        return np.column_stack([1 - p, p]) if self.minority_class_ == self.classes_[1] else np.column_stack([p, 1 - p])


class _TorchSampler(BaseSampler):
    """What the samplers share: dense rows for torch (a sparse table, pandas' included, is densified)."""

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = False
        return tags

    def _fit_resample(self, X, y):
        return self._resample(_dense(X), y)

    def _resample(self, X, y):  # pragma: no cover - each subclass has its own
        raise NotImplementedError


class EGLSampler(_TorchSampler):
    """imbalanced-learn sampler: ``fit_resample(X, y)`` returns the rows followed by the learned
    synthetic minority rows of an :class:`EGLClassifier`, for training any other classifier.

    Parameters
    ----------
    classifier : an :class:`EGLClassifier` (cloned before fitting); default ``EGLClassifier()``.

    Attributes
    ----------
    classifier_ : the fitted clone.
    """

    _sampling_type = "bypass"
    _parameter_constraints = {"classifier": [EGLClassifier, None]}

    def __init__(self, classifier=None):
        super().__init__(sampling_strategy="auto")
        self.classifier = classifier

    def _resample(self, X, y):
        self.classifier_ = clone(self.classifier) if self.classifier is not None else EGLClassifier()
        self.classifier_.fit(X, y)
        synthetic = self.classifier_.synthetic_X_.astype(X.dtype, copy=False)
        labels = np.full(len(synthetic), self.classifier_.minority_class_, dtype=y.dtype)
        return np.vstack([X, synthetic]), np.concatenate([y, labels])


class CWGANSampler(_TorchSampler):
    """Oversampling by a conditional WGAN-GP (:func:`imbalbench.algorithms.cwgan.train_cwgan`):
    ``fit_resample(X, y)`` returns the rows followed by ``round(augmentation * n_minority)``
    generated minority rows.

    Parameters
    ----------
    augmentation : new minority rows per minority row (1 doubles the minority).
    generator_steps : training budget, in generator updates.
    critic_steps : critic updates per generator update.
    noise_dim, hidden : generator input noise size and hidden layer sizes (both networks).
    batch_size, lr, betas, gp_weight : the WGAN-GP optimisation settings.
    random_state, device : seed (None: a fresh one); ``"auto"`` takes a GPU when there is one.

    Attributes
    ----------
    generator_, critic_ : the trained networks; ``minority_class_``; ``losses_``: per generator
    step, the critic's Wasserstein estimate D(real) - D(fake).
    """

    _sampling_type = "over-sampling"
    _defaults = CWGANSettings()
    _parameter_constraints = {
        **sklearn_constraints((AUGMENTATION, *declared(CWGANSettings))),
        "random_state": ["random_state"],
        "device": [str, torch.device],
    }

    def __init__(
        self,
        augmentation=AUGMENTATION.default,
        generator_steps=_defaults.generator_steps,
        critic_steps=_defaults.critic_steps,
        noise_dim=_defaults.noise_dim,
        hidden=_defaults.hidden,
        batch_size=_defaults.batch_size,
        lr=_defaults.lr,
        betas=_defaults.betas,
        gp_weight=_defaults.gp_weight,
        random_state=0,
        device="auto",
    ):
        super().__init__(sampling_strategy="auto")
        self.augmentation = augmentation
        self.generator_steps = generator_steps
        self.critic_steps = critic_steps
        self.noise_dim = noise_dim
        self.hidden = hidden
        self.batch_size = batch_size
        self.lr = lr
        self.betas = betas
        self.gp_weight = gp_weight
        self.random_state = random_state
        self.device = device

    def _resample(self, X, y):
        classes, counts = np.unique(y, return_counts=True)
        if len(classes) != 2:
            raise ValueError(f"CWGANSampler is binary: y has {len(classes)} class(es)")
        self.minority_class_ = classes[np.argmin(counts)]
        n_new = int(round(self.augmentation * counts.min()))
        settings = CWGANSettings.of(self)
        (new,), trained, (self._sample_generator,) = oversample(
            X, y == self.minority_class_, n_new, settings, [_seed(self.random_state)], _device(self.device)
        )
        self.generator_, self.critic_ = trained.seed_networks(0)
        self.losses_ = trained.losses[0]
        return (
            np.vstack([X, new.astype(X.dtype)]),
            np.concatenate([y, np.full(n_new, self.minority_class_, dtype=y.dtype)]),
        )

    def sample(self, n: int) -> np.ndarray:
        """``n`` generated minority rows (n, d) in the sampler's scaled units [0, 1]."""
        check_is_fitted(self, "generator_")
        return generate_minority(self.generator_, n, self.noise_dim, self._sample_generator)
