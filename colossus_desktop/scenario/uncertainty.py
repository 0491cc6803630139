"""The ``uncertainty`` section of a scenario (schema 5): distributions on numeric inputs.

Each entry of ``inputs`` puts a distribution on one numeric field, named by its document path
(``"facility.pue"``, ``"pools[0].price_usd"``), in the field's document unit::

    {"path": "facility.pue", "distribution": "range", "low": 1.09, "mode": 1.14, "high": 1.3,
     "source": "catalog: cooling direct-liquid, pue …"}

Kinds and the parameters each needs (no other parameter is allowed):

* ``uniform``: ``low`` < ``high``;
* ``triangular`` and ``range``: ``low`` ≤ ``mode`` ≤ ``high``, ``low`` < ``high``. ``range`` is
  the catalog's low / typical / high drawn as a triangular distribution (typical = mode);
* ``normal``: ``mean``, ``sd`` > 0;
* ``lognormal``: ``median`` > 0 and ``sigma`` > 0 (the standard deviation of ln x).

``correlations`` are Spearman rank correlations between two listed paths (Iman & Conover, 1982),
``|rho| ≤ 1``; together they must form a positive-definite matrix. ``samples`` (1 … 1,000,000)
and ``seed`` make a Monte Carlo run reproducible.

Checked here, with pydantic: everything that needs no catalog. Whether a path names a numeric
input of *this* scenario, and whether a bounded distribution stays inside the field's allowed
range, is checked by the loader (``scenario/uncertain_paths.py:check_uncertainty``), which knows the
catalog. No Qt here.
"""


# No `from __future__ import annotations` in this module: pydantic would compile each field's
# annotation from its text when the module is imported (a few ms of every start-up).
from typing import Literal, Self

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator

DISTRIBUTIONS = ("uniform", "triangular", "normal", "lognormal", "range")
#: The parameters each kind takes, in the order they are written.
KIND_PARAMETERS: dict[str, tuple[str, ...]] = {
    "uniform": ("low", "high"),
    "triangular": ("low", "mode", "high"),
    "range": ("low", "mode", "high"),
    "normal": ("mean", "sd"),
    "lognormal": ("median", "sigma"),
}
_ALL_PARAMETERS = ("low", "mode", "high", "mean", "sd", "median", "sigma")
MAX_SAMPLES = 1_000_000
#: What a new section holds (also what the 4 → 5 migration writes, as a literal there).
DEFAULT_SAMPLES = 10_000
DEFAULT_SEED = 1


class UncertainInput(BaseModel):
    """One numeric input with a distribution, in the field's document unit."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    path: str = Field(min_length=1, max_length=200, description="Document path of the field, e.g. facility.pue or pools[0].count.")
    distribution: Literal["uniform", "triangular", "normal", "lognormal", "range"] = Field(
        description="uniform, triangular, normal, lognormal, or range (the catalog's low/typical/high as a triangle).")
    low: float | None = Field(default=None, description="Lowest value (uniform, triangular, range).")
    mode: float | None = Field(default=None, description="Most likely value (triangular; range: the catalog's typical).")
    high: float | None = Field(default=None, description="Highest value (uniform, triangular, range).")
    mean: float | None = Field(default=None, description="Mean (normal).")
    sd: float | None = Field(default=None, description="Standard deviation (normal), > 0.")
    median: float | None = Field(default=None, description="Median (lognormal), > 0.")
    sigma: float | None = Field(default=None, description="Standard deviation of ln x (lognormal), > 0.")
    source: str = Field(default="", description="Where the distribution comes from.")

    @model_validator(mode="after")
    def _complete(self) -> Self:
        need = KIND_PARAMETERS[self.distribution]
        for name in need:
            if getattr(self, name) is None:
                raise ValueError(f"a {self.distribution} distribution needs {_names(need)} ({name!r} is missing)")
        for name in _ALL_PARAMETERS:
            if name not in need and getattr(self, name) is not None:
                raise ValueError(f"a {self.distribution} distribution takes {_names(need)}, not {name!r}")
        for name in need:
            v = getattr(self, name)
            if not np.isfinite(v):
                raise ValueError(f"{name} must be a finite number")
        if self.distribution in ("uniform", "triangular", "range"):
            mode = self.low if self.mode is None else self.mode
            if not self.low <= mode <= self.high:
                raise ValueError(f"needs low <= mode <= high (got {self.low:g}, {mode:g}, {self.high:g})"
                                 if self.mode is not None else
                                 f"needs low <= high (got {self.low:g}, {self.high:g})")
            if not self.low < self.high:
                raise ValueError(f"needs low < high (both are {self.low:g}); a fixed value needs no distribution")
        if self.distribution == "normal" and not self.sd > 0:
            raise ValueError(f"sd must be > 0 (got {self.sd:g})")
        if self.distribution == "lognormal":
            if not self.median > 0:
                raise ValueError(f"median must be > 0 (got {self.median:g})")
            if not self.sigma > 0:
                raise ValueError(f"sigma must be > 0 (got {self.sigma:g})")
        return self

    @model_serializer(mode="wrap")
    def _only_its_parameters(self, handler):
        """Saved without the other kinds' parameters (all empty), so an entry reads as it is written."""
        data = handler(self)
        if isinstance(data, dict):
            for name in _ALL_PARAMETERS:
                if name not in KIND_PARAMETERS[self.distribution]:
                    data.pop(name, None)
        return data

    def parameters(self) -> dict[str, float]:
        """The kind's parameters by name (``{"low": …, "mode": …, "high": …}``)."""
        return {name: float(getattr(self, name)) for name in KIND_PARAMETERS[self.distribution]}


class Correlation(BaseModel):
    """A rank correlation between two uncertain inputs."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    a: str = Field(min_length=1, max_length=200, description="Path of the first input (listed in uncertainty.inputs).")
    b: str = Field(min_length=1, max_length=200, description="Path of the second input.")
    rho: float = Field(ge=-1, le=1, description="Spearman rank correlation, -1 … 1.")

    @model_validator(mode="after")
    def _two(self) -> Self:
        if self.a == self.b:
            raise ValueError(f"correlates {self.a!r} with itself; name two different inputs")
        return self


class Uncertainty(BaseModel):
    """Distributions on inputs, their correlations and the Monte Carlo settings."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    inputs: list[UncertainInput] = Field(default_factory=list)
    correlations: list[Correlation] = Field(default_factory=list)
    samples: int = Field(default=DEFAULT_SAMPLES, ge=1, le=MAX_SAMPLES, description="Monte Carlo samples (Latin hypercube).")
    seed: int = Field(default=DEFAULT_SEED, ge=0, le=2**31 - 1,
                      description="Random seed: the same seed gives the same samples (at most 2,147,483,647, what "
                                  "the form's spin box holds).")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        seen: dict[str, int] = {}
        for i, item in enumerate(self.inputs):
            if item.path in seen:
                raise ValueError(f"inputs[{i}] repeats the path {item.path!r} (already inputs[{seen[item.path]}])")
            seen[item.path] = i
        pairs: set[frozenset[str]] = set()
        for j, c in enumerate(self.correlations):
            for end in (c.a, c.b):
                if end not in seen:
                    raise ValueError(f"correlations[{j}] names {end!r}, which has no distribution in inputs")
            pair = frozenset((c.a, c.b))
            if pair in pairs:
                raise ValueError(f"correlations[{j}] repeats the pair {c.a!r}, {c.b!r}")
            pairs.add(pair)
        if self.correlations and correlation_matrix(self) is not None:
            try:
                np.linalg.cholesky(correlation_matrix(self))
            except np.linalg.LinAlgError:
                raise ValueError("the correlations contradict each other (their matrix is not positive definite); "
                                 "lower the largest ones") from None
        return self

    def paths(self) -> list[str]:
        return [item.path for item in self.inputs]


def correlation_matrix(u: Uncertainty) -> np.ndarray | None:
    """The (d, d) rank-correlation matrix in the order of ``u.inputs`` (1 on the diagonal), or
    None when no correlation is given."""
    if not u.correlations:
        return None
    index = {item.path: i for i, item in enumerate(u.inputs)}
    m = np.eye(len(u.inputs))
    for c in u.correlations:
        i, j = index[c.a], index[c.b]
        m[i, j] = m[j, i] = c.rho
    return m


def _names(names: tuple[str, ...]) -> str:
    quoted = [repr(n) for n in names]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]
