"""Time one EGL meta step against one plain training step of the same MLP and batch, in one process.

Plain step: forward, backward and Adam on a batch of 128 rows, with the optimizer the training
core uses (fused Adam where torch has it) and with torch's default Adam. EGL step on 128 training
+ 128 synthetic rows and 128 validation rows, then theta <- theta' (the default classifier step),
as fit_egl runs it: the written-out step (ReluMLPStep, what fit_egl uses) and the autograd step
(ExplicitGradientStep, its test oracle). Every model is the stacked MLP that training uses, with
R seeds (R = 1 and the default 5). 64 features, the MLP of METHOD.md, one CPU thread. Prints
median times and the ratios; steps are timed in alternation so that drift in machine speed
affects all alike.

    python benchmarks/meta_step.py [--features 64] [--repeats 15] [--steps 200] [--seeds 1 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from imbalbench.algorithms.egl import ExplicitGradientStep, ReluMLPStep
from imbalbench.models.training import Recipe, bce_loss


def time_steps(args, copies: int) -> dict[str, float]:
    recipe = Recipe()
    n, d = args.batch, args.features
    X1, Xs, X2 = (torch.rand(copies, n, d) for _ in range(3))
    y1, y2 = ((torch.rand(copies, n) < 0.1).float() for _ in range(2))
    ones = torch.ones(copies, n)
    seeds = range(copies)

    def plain(optimizer_for):
        model = recipe.make_models(d, seeds)
        optimizer = optimizer_for(model.parameters())

        def steps():
            for _ in range(args.steps):
                optimizer.zero_grad(set_to_none=True)
                bce_loss(model(X1), y1).sum().backward()
                optimizer.step()

        return steps

    def egl(make_step):
        model = recipe.make_models(d, seeds)
        step = make_step(model)
        autograd = isinstance(step, ExplicitGradientStep)
        state = {"params": {name: p.detach() for name, p in model.named_parameters()}, "Xs": Xs.clone()}

        def steps():
            params, synthetic = state["params"], state["Xs"]
            for _ in range(args.steps):
                if autograd:
                    params = {name: p.requires_grad_(True) for name, p in params.items()}
                params, synthetic, _, _ = step(params, X1, y1, synthetic, ones, X2, y2)
            state["params"], state["Xs"] = params, synthetic

        return steps

    bounds = (torch.zeros(d), torch.ones(d))
    work = {
        "plain (project's Adam)": plain(recipe.make_optimizer),
        "plain (default Adam)": plain(lambda p: torch.optim.Adam(p, lr=recipe.lr, betas=recipe.betas)),
        "EGL written out": egl(lambda model: ReluMLPStep(1e-2, 1e3, bounds)),
        "EGL autograd": egl(lambda model: ExplicitGradientStep(model, 1e-2, 1e3, bounds=bounds)),
    }
    timings = {name: [] for name in work}
    for steps in work.values():  # warm-up
        steps()
    for _ in range(args.repeats):
        for name, steps in work.items():
            start = time.perf_counter()
            steps()
            timings[name].append((time.perf_counter() - start) / args.steps)
    return {name: statistics.median(values) for name, values in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=64)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 5], help="stacked seeds R")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    print(
        f"torch {torch.__version__}, {args.threads} thread(s), batch {args.batch} (+{args.batch} synthetic), "
        f"{args.features} features"
    )
    for copies in args.seeds:
        median = time_steps(args, copies)
        print(f"\nR = {copies} stacked seed(s)")
        for name, seconds in median.items():
            print(f"  {name + ' step:':32s} {seconds * 1e3:.3f} ms")
        for egl in ("EGL written out", "EGL autograd"):
            for plain in ("plain (project's Adam)", "plain (default Adam)"):
                print(f"  ratio {egl} / {plain}: {median[egl] / median[plain]:.2f}")


if __name__ == "__main__":
    main()
