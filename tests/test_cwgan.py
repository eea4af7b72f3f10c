import numpy as np
import pytest
import torch

from imbalbench.algorithms.cwgan import (
    ConditionalCritic,
    StackedConditional,
    gradient_penalty,
    stacked_gradient_penalty,
)
from imbalbench.estimators.api import CWGANSampler


def test_gradient_penalty_by_hand_with_a_linear_critic():
    """A linear critic w.x + u.label has gradient w everywhere: the penalty is lambda (||w|| - 1)^2."""

    class Linear(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.w = torch.nn.Parameter(torch.tensor([3.0, 4.0]))
            self.u = torch.nn.Parameter(torch.tensor([0.5, -0.5]))

        def forward(self, x, label):
            return x @ self.w + label @ self.u

    real, fake = torch.rand(6, 2), torch.rand(6, 2)
    label = torch.nn.functional.one_hot(torch.tensor([0, 1, 1, 0, 1, 0]), 2).float()
    penalty = gradient_penalty(Linear(), real, fake, label, torch.rand(6, 1), weight=10.0)
    assert float(penalty.detach()) == pytest.approx(10.0 * (5.0 - 1.0) ** 2)


def test_gradient_penalty_by_hand_with_a_quadratic_critic():
    """Critic sum(x^2): gradient 2 x_hat at the mixed point, chosen by epsilon."""

    class Quadratic(torch.nn.Module):
        def forward(self, x, label):
            return (x**2).sum(dim=1)

    real = torch.tensor([[1.0, 0.0], [0.0, 2.0]])
    fake = torch.tensor([[0.0, 0.0], [0.0, 0.0]])
    epsilon = torch.tensor([[0.5], [0.25]])
    # x_hat = (0.5, 0), (0, 0.5): gradient norms 1 and 1 -> penalty 0; with weight 2 still 0.
    assert float(gradient_penalty(Quadratic(), real, fake, torch.zeros(2, 2), epsilon, 2.0)) == pytest.approx(0.0)
    epsilon = torch.tensor([[1.0], [1.0]])  # x_hat = real: norms 2 and 4 -> mean((1, 9)) = 5
    assert float(gradient_penalty(Quadratic(), real, fake, torch.zeros(2, 2), epsilon, 2.0)) == pytest.approx(10.0)


@pytest.fixture(scope="module")
def ring_data():
    rng = np.random.default_rng(0)
    angle = rng.uniform(0, 2 * np.pi, 150)
    ring = np.column_stack([0.5 + 0.3 * np.cos(angle), 0.5 + 0.3 * np.sin(angle)])
    X = np.vstack([rng.uniform(0, 1, (600, 2)), ring])
    return X, np.r_[np.zeros(600, dtype=int), np.ones(150, dtype=int)]


def _distance_to_ring(points):
    return np.abs(np.linalg.norm(points - 0.5, axis=1) - 0.3).mean()


@pytest.mark.slow
def test_generated_minority_lies_on_the_ring(ring_data):
    X, y = ring_data
    # Gulrajani et al.'s settings for 2-D toy data (gradient-penalty weight 0.1), a larger step size.
    sampler = CWGANSampler(
        generator_steps=1200, lr=1e-3, gp_weight=0.1, batch_size=512, hidden=(64, 64), random_state=0, device="cpu"
    )
    X_res, _ = sampler.fit_resample(X, y)
    generated = X_res[len(X) :]
    uniform = np.random.default_rng(1).uniform(X.min(axis=0), X.max(axis=0), size=(2000, 2))
    assert _distance_to_ring(generated) < 0.5 * _distance_to_ring(uniform)


@pytest.mark.parametrize("augmentation", [1.0, 0.4])
def test_sampler_adds_exactly_the_requested_minority_rows_inside_the_range(ring_data, augmentation):
    X, y = ring_data
    X = X * [10, 3] - [5, 1]  # not [0, 1]: the sampler scales internally
    sampler = CWGANSampler(augmentation=augmentation, generator_steps=20, random_state=0, device="cpu")
    X_res, y_res = sampler.fit_resample(X, y)
    n_new = round(augmentation * 150)
    assert X_res.shape == (len(X) + n_new, 2) and y_res.shape == (len(y) + n_new,)
    assert np.array_equal(X_res[: len(X)], X) and set(y_res[len(y) :]) == {1}
    new = X_res[len(X) :]
    assert (new >= X.min(axis=0) - 1e-9).all() and (new <= X.max(axis=0) + 1e-9).all()
    again = CWGANSampler(augmentation=augmentation, generator_steps=20, random_state=0, device="cpu").fit_resample(X, y)
    assert np.array_equal(again[0], X_res)


def test_stacked_penalty_equals_autograds_double_backward():
    """The written-out input gradient of a stacked LeakyReLU critic gives the penalty and its
    weight gradients that autograd's double backward (gradient_penalty) gives; float64, 3 seeds."""
    torch.manual_seed(0)
    critic = StackedConditional([ConditionalCritic(4, (9, 7)).double() for _ in range(3)])
    real, fake = torch.rand(3, 11, 4, dtype=torch.float64), torch.rand(3, 11, 4, dtype=torch.float64)
    label = torch.nn.functional.one_hot(torch.randint(0, 2, (3, 11)), 2).double()
    epsilon = torch.rand(3, 11, 1, dtype=torch.float64)
    penalties, gradients = [], []
    for penalty in (gradient_penalty, stacked_gradient_penalty):
        critic.zero_grad()
        value = penalty(critic, real, fake, label, epsilon, 10.0)
        value.sum().backward()
        penalties.append(value.detach())
        gradients.append([torch.zeros_like(p) if p.grad is None else p.grad.clone() for p in critic.parameters()])
    assert penalties[0].shape == (3,) and torch.allclose(penalties[0], penalties[1], rtol=1e-12, atol=0)
    for oracle, written in zip(*gradients):
        assert torch.allclose(oracle, written, rtol=1e-10, atol=1e-12)
    assert any(g.abs().sum() > 0 for g in gradients[1])
