"""R's default random-number stream, so that resamples drawn in R can be drawn here too.

After ``set.seed(seed)`` R (default ``RNGkind``: Mersenne-Twister, Inversion, Rejection)
produces uniforms from MT19937 seeded in R's own way, binomials with the
Kachitvichyanukul-Schmeiser BTPE algorithm (inversion when ``n * p < 30``) and multinomials
as a chain of conditional binomials. This module reproduces that stream draw for draw, so
that published bootstrap limits computed in R with a stated seed can be recomputed exactly.

Facts reproduced (from R's ``RNG.c``, ``random.c``, ``nmath/rbinom.c`` and
``nmath/rmultinom.c``, R 4.x before the 2026 Stirling-sign fix, PR#19049):

* ``set.seed(s)`` scrambles ``s`` with 50 steps of the LCG ``s <- 69069 * s + 1`` (mod 2^32),
  then fills 625 words with further LCG steps; the first word is the MT position and is
  reset to 624, so the first draw regenerates the whole state.
* ``unif_rand`` is the tempered 32-bit output times 2^-32, moved into the open interval
  (0, 1) when it would be 0 or 1.
* ``rbinom`` keeps its set-up constants between calls with the same ``(n, p)``; they are a
  pure function of ``(n, p)``, so recomputing them every call gives identical draws.
* ``rmultinom`` first divides the weights by their (double) sum, then walks the categories
  keeping the remaining probability mass in ``long double``; a zero category consumes no
  random numbers.

Assumptions:
    ``numpy.longdouble`` is the x87 80-bit type (x86-64 Linux), as R's ``LDOUBLE`` is on
    the platforms where the reference results were produced. Where ``long double`` is a
    plain double (e.g. ARM macOS) R's own multinomial draws can differ in rare cases.

References:
    Matsumoto, M. & Nishimura, T. (1998). Mersenne Twister. ACM TOMACS 8, 3-30.
    Kachitvichyanukul, V. & Schmeiser, B. W. (1988). Binomial random variate generation.
    Communications of the ACM 31, 216-222.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from tipnet.core.estimation.cells import FloatArray, IntArray

UInt32Array = npt.NDArray[np.uint32]

_STATE_WORDS = 624
_SHIFT = 397
_MATRIX_A = np.uint32(0x9908B0DF)
_UPPER_MASK = np.uint32(0x80000000)
_LOWER_MASK = np.uint32(0x7FFFFFFF)
_TEMPER_B = np.uint32(0x9D2C5680)
_TEMPER_C = np.uint32(0xEFC60000)
_WORD = 0xFFFFFFFF
_LCG_MULTIPLIER = 69069
_SCRAMBLE_STEPS = 50
_TWO_TO_MINUS_32 = 2.3283064365386963e-10
_ONE_OVER_TWO_TO_32_MINUS_1 = 2.328306437080797e-10
_INT_MAX = 2**31 - 1
_INVERSION_MEAN_LIMIT = 30.0
_INVERSION_MAX_STEPS = 110
_EXPLICIT_DISTANCE = 20
_PROBABILITY_SUM_TOLERANCE = 1e-7


def r_seed_state(seed: int) -> UInt32Array:
    """The 624 Mersenne-Twister words that R's ``set.seed(seed)`` leaves behind.

    Raises:
        ValueError: ``seed`` is not an R integer (R turns it into ``NA`` and fails).
    """
    if not -_INT_MAX <= seed <= _INT_MAX:
        raise ValueError(f"R seeds are 32-bit integers, got {seed}")
    value = seed & _WORD
    for _ in range(_SCRAMBLE_STEPS):
        value = (_LCG_MULTIPLIER * value + 1) & _WORD
    words = []
    for _ in range(_STATE_WORDS + 1):
        value = (_LCG_MULTIPLIER * value + 1) & _WORD
        words.append(value)
    # The first word is R's position counter (reset to 624); the rest are the state.
    return np.array(words[1:], dtype=np.uint32)


def _mix(upper: UInt32Array, lower: UInt32Array, far: UInt32Array) -> UInt32Array:
    joined = (upper & _UPPER_MASK) | (lower & _LOWER_MASK)
    twisted = (joined & np.uint32(1)) * _MATRIX_A  # the constant where the low bit is set
    mixed: UInt32Array = far ^ (joined >> np.uint32(1)) ^ twisted
    return mixed


def twist(state: UInt32Array) -> UInt32Array:
    """The next 624 state words (the MT19937 recurrence), vectorised in dependency blocks.

    Word ``k`` needs old words ``k`` and ``k+1`` and word ``k+397``, which is still old for
    ``k < 227`` and already new after that; blocks of 227 never depend on themselves.
    """
    old = state
    new = old.copy()
    gap = _STATE_WORDS - _SHIFT
    new[:gap] = _mix(old[:gap], old[1 : gap + 1], old[_SHIFT:])
    new[gap : 2 * gap] = _mix(old[gap : 2 * gap], old[gap + 1 : 2 * gap + 1], new[:gap])
    last = _STATE_WORDS - 1
    new[2 * gap : last] = _mix(old[2 * gap : last], old[2 * gap + 1 :], new[gap : last - gap])
    new[last:] = _mix(old[last:], new[:1], new[_SHIFT - 1 : _SHIFT])
    return new


def temper(words: UInt32Array) -> UInt32Array:
    """MT19937's output transformation of state words into 32-bit outputs."""
    y = words ^ (words >> np.uint32(11))
    y = y ^ ((y << np.uint32(7)) & _TEMPER_B)
    y = y ^ ((y << np.uint32(15)) & _TEMPER_C)
    tempered: UInt32Array = y ^ (y >> np.uint32(18))
    return tempered


def _open_interval(values: FloatArray) -> FloatArray:
    """R's ``fixup``: a uniform is never exactly 0 or 1."""
    low = 0.5 * _ONE_OVER_TWO_TO_32_MINUS_1
    fixed: FloatArray = np.where(
        values <= 0.0, low, np.where(1.0 - values <= 0.0, 1.0 - low, values)
    )
    return fixed


def r_pow_int(base: float, exponent: int) -> float:
    """R's ``R_pow_di`` for a non-negative exponent: square-and-multiply, not ``pow``.

    The rounding differs from ``base ** exponent`` in the last bits, which can change an
    inversion binomial whose uniform falls that close to a step of the distribution.
    """
    result = 1.0
    while True:
        if exponent & 1:
            result *= base
        exponent >>= 1
        if not exponent:
            return result
        base *= base


class RStream:
    """R's default uniform, binomial and multinomial draws after ``set.seed(seed)``.

    Example:
        ``RStream(1234).runif(3)`` equals R's ``set.seed(1234); runif(3)``.
    """

    def __init__(self, seed: int) -> None:
        self._state = r_seed_state(seed)
        self._block: list[float] = []
        self._next = 0

    def unif_rand(self) -> float:
        """One uniform on (0, 1), as R's ``unif_rand``."""
        if self._next >= len(self._block):
            self._state = twist(self._state)
            raw = temper(self._state).astype(np.float64) * _TWO_TO_MINUS_32
            self._block = [float(value) for value in _open_interval(raw)]
            self._next = 0
        value = self._block[self._next]
        self._next += 1
        return value

    def runif(self, count: int) -> FloatArray:
        """``count`` uniforms on (0, 1), as R's ``runif(count)``."""
        return np.array([self.unif_rand() for _ in range(count)], dtype=np.float64)

    def rbinom(self, size: int, prob: float) -> int:
        """One binomial draw, as R's ``rbinom(1, size, prob)``.

        Raises:
            ValueError: a probability outside [0, 1], a negative size, or a size R would
                hand to ``qbinom`` (2^31 - 1 or more), which is not reproduced.
        """
        if not 0.0 <= prob <= 1.0 or size < 0:
            raise ValueError(f"invalid binomial parameters n={size}, p={prob}")
        if size == 0 or prob == 0.0:
            return 0
        if prob == 1.0:
            return size
        if size >= _INT_MAX:
            raise ValueError("binomial sizes of 2^31 - 1 or more are not supported")
        small = min(prob, 1.0 - prob)
        if size * small < _INVERSION_MEAN_LIMIT:
            draw = _binomial_by_inversion(size, small, self)
        else:
            draw = _binomial_btpe(size, small, self)
        return size - draw if prob > 0.5 else draw

    def rmultinom(self, size: int, prob: Sequence[float] | FloatArray) -> IntArray:
        """One multinomial vector, as R's ``rmultinom(1, size, prob)`` (weights need not sum to 1).

        Raises:
            ValueError: negative, non-finite or all-zero weights.
        """
        weights = [float(value) for value in prob]
        if any(not math.isfinite(value) or value < 0.0 for value in weights):
            raise ValueError("multinomial weights must be finite and non-negative")
        total = 0.0
        for value in weights:
            if value > 0.0:
                total += value
        if total <= 0.0:
            raise ValueError("multinomial weights must not all be zero")
        probabilities = [value / total for value in weights]
        return self._conditional_binomials(size, probabilities)

    def _conditional_binomials(self, size: int, probabilities: list[float]) -> IntArray:
        remaining_mass = np.longdouble(0.0)
        for value in probabilities:
            remaining_mass += np.longdouble(value)
        if abs(float(remaining_mass - np.longdouble(1.0))) > _PROBABILITY_SUM_TOLERANCE:
            raise ValueError("multinomial probabilities do not sum to 1")
        draws = np.zeros(len(probabilities), dtype=np.int64)
        left = size
        if left == 0:
            return draws
        for index, value in enumerate(probabilities[:-1]):
            if value != 0.0:
                share = float(np.longdouble(value) / remaining_mass)
                draws[index] = self.rbinom(left, share) if share < 1.0 else left
                left -= int(draws[index])
            if left <= 0:
                return draws
            remaining_mass -= np.longdouble(value)
        draws[-1] = left
        return draws


def _binomial_by_inversion(size: int, p: float, stream: RStream) -> int:
    """Inversion by sequential search from 0 (R's branch for ``n * p < 30``), ``p <= 1/2``."""
    q = 1.0 - p
    ratio = p / q
    scaled = ratio * (size + 1)
    at_zero = r_pow_int(q, size)
    while True:
        count = 0
        mass = at_zero
        u = stream.unif_rand()
        while u >= mass:
            if count > _INVERSION_MAX_STEPS:
                break  # R gives up after 110 steps and starts again with a fresh uniform
            u -= mass
            count += 1
            mass *= scaled / count - ratio
        else:
            return count


class _BtpeSetup:
    """The constants of BTPE for one ``(n, p)`` with ``p <= 1/2`` and ``n * p >= 30``."""

    def __init__(self, size: int, p: float) -> None:
        q = 1.0 - p
        mean = size * p
        self.size, self.p, self.q = size, p, q
        self.ratio = p / q
        self.scaled = self.ratio * (size + 1)
        ffm = mean + p
        self.mode = int(ffm)
        self.fm = float(self.mode)
        self.npq = mean * q
        self.p1 = float(int(2.195 * math.sqrt(self.npq) - 4.6 * q)) + 0.5
        self.xm = self.fm + 0.5
        self.xl = self.xm - self.p1
        self.xr = self.xm + self.p1
        self.c = 0.134 + 20.5 / (15.3 + self.fm)
        left = (ffm - self.xl) / (ffm - self.xl * p)
        self.xll = left * (1.0 + 0.5 * left)
        right = (self.xr - ffm) / (self.xr * q)
        self.xlr = right * (1.0 + 0.5 * right)
        self.p2 = self.p1 * (1.0 + self.c + self.c)
        self.p3 = self.p2 + self.c / self.xll
        self.p4 = self.p3 + self.c / self.xlr


def _binomial_btpe(size: int, p: float, stream: RStream) -> int:
    """BTPE: triangle, parallelogram and exponential tails with squeezes, ``p <= 1/2``."""
    setup = _BtpeSetup(size, p)
    while True:
        u = stream.unif_rand() * setup.p4
        v = stream.unif_rand()
        if u <= setup.p1:
            return int(setup.xm - setup.p1 * v + u)
        candidate = _btpe_candidate(setup, u, v)
        if candidate is None:
            continue
        draw, scaled_v = candidate
        if _btpe_accepts(setup, draw, scaled_v):
            return draw


def _btpe_candidate(setup: _BtpeSetup, u: float, v: float) -> tuple[int, float] | None:
    """A proposal from the parallelogram or a tail, with its rescaled ``v``; None: reject."""
    if u <= setup.p2:
        x = setup.xl + (u - setup.p1) / setup.c
        v = v * setup.c + 1.0 - abs(setup.xm - x) / setup.p1
        if v > 1.0 or v <= 0.0:
            return None
        return int(x), v
    if u > setup.p3:
        draw = int(setup.xr - math.log(v) / setup.xlr)
        if draw > setup.size:
            return None
        return draw, v * (u - setup.p3) * setup.xlr
    draw = int(setup.xl + math.log(v) / setup.xll)
    if draw < 0:
        return None
    return draw, v * (u - setup.p2) * setup.xll


def _btpe_accepts(setup: _BtpeSetup, draw: int, v: float) -> bool:
    distance = abs(draw - setup.mode)
    if distance <= _EXPLICIT_DISTANCE or distance >= setup.npq / 2 - 1:
        return v <= _explicit_ratio(setup, draw)
    return _squeeze_accepts(setup, draw, distance, math.log(v))


def _explicit_ratio(setup: _BtpeSetup, draw: int) -> float:
    """f(draw) / f(mode) by the recurrence of successive binomial probabilities."""
    ratio = 1.0
    if setup.mode < draw:
        for step in range(setup.mode + 1, draw + 1):
            ratio *= setup.scaled / step - setup.ratio
    elif setup.mode != draw:
        for step in range(draw + 1, setup.mode + 1):
            ratio /= setup.scaled / step - setup.ratio
    return ratio


def _squeeze_accepts(setup: _BtpeSetup, draw: int, distance: int, log_v: float) -> bool:
    """Bounds on log f(draw)/f(mode), then Stirling's formula as R 4.x evaluates it."""
    npq = setup.npq
    # 0.1666666666666 (not 1/6) is R's literal before 2026; it decides borderline squeezes.
    spread = (distance / npq) * (
        (distance * (distance / 3.0 + 0.625) + 0.1666666666666) / npq + 0.5
    )
    gaussian = float(-distance * distance) / (2.0 * npq)
    if log_v < gaussian - spread:
        return True
    if log_v > gaussian + spread:
        return False
    return log_v <= _stirling_bound(setup, draw)


def _stirling_tail(value: float) -> float:
    """Stirling series term of log(value!) divided as R does, for its acceptance test."""
    square = value * value
    series = 13860.0 - (462.0 - (132.0 - (99.0 - 140.0 / square) / square) / square) / square
    return series / value / 166320.0


def _stirling_bound(setup: _BtpeSetup, draw: int) -> float:
    """The final acceptance bound; R 4.x adds all four Stirling terms (two should subtract).

    Reproduced with R's signs on purpose: the draws must match the published R runs.
    """
    n, m = setup.size, setup.mode
    x1 = float(draw + 1)
    f1 = setup.fm + 1.0
    z = float(n + 1) - setup.fm
    w = float(n - draw) + 1.0
    return (
        setup.xm * math.log(f1 / x1)
        + (float(n - m) + 0.5) * math.log(z / w)
        + float(draw - m) * math.log(w * setup.p / (x1 * setup.q))
        + _stirling_tail(f1)
        + _stirling_tail(z)
        + _stirling_tail(x1)
        + _stirling_tail(w)
    )
