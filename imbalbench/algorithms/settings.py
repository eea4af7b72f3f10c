"""The algorithms' settings, each parameter declared once (:func:`imbalbench.core.parameters.parameter`).

The config schema of the methods egl, cwgan and mesa, the checks of these dataclasses and the
``_parameter_constraints`` of the scikit-learn estimators (:mod:`imbalbench.estimators`) all read
these declarations. Torch-free, so that the workflow reads them while it plans.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.parameters import Parameter, Settings, parameter

CLASSIFIER_STEPS = ("virtual", "optimizer")

AUGMENTATION = Parameter(
    "augmentation", float, 1.0, above=0, doc="new minority rows per minority training row (1 doubles the minority)"
)
"""How many rows an oversampler adds: every oversampling method and :class:`~imbalbench.estimators.CWGANSampler`."""


@dataclass(frozen=True, kw_only=True)
class MetaSettings(Settings):
    """EGL's own hyperparameters (METHOD.md section 2.6; :func:`imbalbench.algorithms.egl.fit_egl`)."""

    eta1: float = parameter(1e-2, above=0, doc="step size of the virtual classifier step")
    eta2: float = parameter(1e3, at_least=0, doc="step size of the synthetic rows")
    confidence: float = parameter(1.0, at_least=0, at_most=1, doc="c: copy the minority rows with p <= c")
    synthetic_batch_size: int = parameter(128, at_least=1, doc="synthetic rows per meta step")
    inner_steps: int = parameter(1, at_least=1, doc="virtual classifier steps before the validation loss")
    meta_epochs: int | None = parameter(None, at_least=1, doc="meta-training epochs (default: the recipe's epochs)")
    clip: bool = parameter(True, doc="clip the moved synthetic rows to the training rows' range, per feature")
    classifier_step: str = parameter(
        "virtual",
        choices=CLASSIFIER_STEPS,
        doc="the classifier's own step: the virtual SGD step at eta1, or the recipe's optimizer",
    )
    valid_split: bool = parameter(
        False,
        doc="the meta-gradient uses one half of the validation rows, model selection the other half "
        "(split_validation); default: both use all of them, as the paper",
    )
    confidence_quantile: float | None = parameter(
        None,
        above=0,
        at_most=1,
        doc="replaces confidence: copy this share of the minority rows, those the warm start scores "
        "lowest (hardest_rows; the authors' public code: 0.5)",
    )
    batch_size: int | None = parameter(
        None, at_least=1, doc="training rows per meta step (default: the recipe's; the public code: 1024)"
    )
    meta_batch_size: int | None = parameter(
        None, at_least=1, doc="validation rows per meta step (default: batch_size; the public code: 512)"
    )


@dataclass(frozen=True, kw_only=True)
class CWGANSettings(Settings):
    """The WGAN-GP optimisation (defaults: Gulrajani et al.'s published settings;
    :func:`imbalbench.algorithms.cwgan.train_cwgan`)."""

    generator_steps: int = parameter(1000, at_least=1, doc="training budget, in generator updates")
    critic_steps: int = parameter(5, at_least=1, doc="critic updates per generator update")
    noise_dim: int = parameter(32, at_least=1, doc="size of the generator's input noise")
    hidden: tuple = parameter((128, 128), item=int, at_least=1, doc="hidden layer sizes of both networks")
    batch_size: int = parameter(128, at_least=2, doc="rows per WGAN step")
    lr: float = parameter(1e-4, above=0, doc="Adam's step size")
    betas: tuple = parameter((0.5, 0.9), item=float, at_least=0, below=1, length=2, doc="Adam's betas")
    gp_weight: float = parameter(10.0, at_least=0, doc="weight of the gradient penalty")


@dataclass(frozen=True, kw_only=True)
class MESASettings(Settings):
    """MESA's hyperparameters (:func:`imbalbench.algorithms.mesa.fit_mesa`)."""

    n_estimators: int = parameter(10, at_least=1, doc="trees in the ensemble")
    episodes: int = parameter(20, at_least=0, doc="meta-training episodes of the sampler")
    bins: int = parameter(5, at_least=2, doc="bins of the error histograms that are the sampler's state")
    sigma: float = parameter(0.2, above=0, doc="width of the Gaussian weights of majority rows by their error")
    max_depth: int | None = parameter(None, at_least=1, doc="depth limit of each tree (None: unlimited)")
