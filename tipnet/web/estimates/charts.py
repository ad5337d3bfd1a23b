"""Offline charts for estimates: plain SVG built on the server (no script, no CDN)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 640
ROW_HEIGHT = 26
LEFT_MARGIN = 170
RIGHT_MARGIN = 20
MAX_MODELS_SHOWN = 8


def _number(value: object) -> float | None:
    """A finite float, or None for missing, NaN and infinite values."""
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value)
    return None


@dataclass(frozen=True)
class _Axis:
    low: float
    high: float

    @classmethod
    def around(cls, values: Sequence[float]) -> _Axis:
        low, high = min(values), max(values)
        margin = 0.05 * max(high - low, 1.0)
        return cls(low - margin, high + margin)

    def place(self, value: float) -> float:
        usable = WIDTH - LEFT_MARGIN - RIGHT_MARGIN
        return LEFT_MARGIN + (value - self.low) / (self.high - self.low) * usable


def _dicts(value: object) -> list[Mapping[str, object]]:
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def interval_chart_svg(result: Mapping[str, object], *, observed_label: str) -> str:
    """Intervals of the estimate and the best models' estimates on one axis, as SVG markup.

    Args:
        result: ``PopulationEstimate.to_dict()`` output.
        observed_label: translated label for the observed-count line.
    """
    intervals = _dicts(result.get("intervals"))
    models = _dicts(result.get("top_models"))[:MAX_MODELS_SHOWN]
    observed = _number(result.get("n_observed")) or 0.0
    candidates = [observed, _number(result.get("estimate"))]
    candidates += [_number(i.get(end)) for i in intervals for end in ("lower", "upper")]
    candidates += [_number(m.get("estimate")) for m in models]
    axis = _Axis.around([value for value in candidates if value is not None])
    height = (len(intervals) + len(models) + 2) * ROW_HEIGHT + 30
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
            f'class="chart" aria-label="{escape(observed_label)}">'
        ),
        *_observed_line(axis, observed, height, observed_label),
    ]
    y = ROW_HEIGHT + 10
    for interval in intervals:
        parts += _interval_row(axis, interval, y)
        y += ROW_HEIGHT
    for model in models:
        parts += _model_row(axis, model, y)
        y += ROW_HEIGHT
    parts += _ticks(axis, height)
    parts.append("</svg>")
    return "".join(parts)


def _observed_line(axis: _Axis, observed: float, height: int, label: str) -> list[str]:
    x = axis.place(observed)
    return [
        (
            f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 25}" stroke="#5b6670" '
            'stroke-dasharray="4 3"/>'
        ),
        f'<text x="{x + 3:.1f}" y="12" font-size="11">{escape(label)} {observed:,.0f}</text>',
    ]


def _interval_row(axis: _Axis, interval: Mapping[str, object], y: int) -> list[str]:
    level = _number(interval.get("level")) or 0.0
    label = f"{interval.get('kind')} {level:.0%}"
    row = [f'<text x="4" y="{y + 4}" font-size="12">{escape(label)}</text>']
    lower = _number(interval.get("lower"))
    if lower is not None:
        # An infinite upper limit is drawn to the edge of the chart.
        upper = _number(interval.get("upper")) or axis.high
        row.append(
            f'<line x1="{axis.place(lower):.1f}" y1="{y}" x2="{axis.place(upper):.1f}" y2="{y}" '
            'stroke="#0b5cad" stroke-width="6" stroke-linecap="round"/>'
        )
    return row


def _model_row(axis: _Axis, model: Mapping[str, object], y: int) -> list[str]:
    label = f"#{model.get('rank')} {model.get('model')}"
    row = [f'<text x="4" y="{y + 4}" font-size="12">{escape(label)}</text>']
    estimate = _number(model.get("estimate"))
    if estimate is not None:
        row.append(f'<circle cx="{axis.place(estimate):.1f}" cy="{y}" r="5" fill="#a4161a"/>')
    return row


def _ticks(axis: _Axis, height: int) -> list[str]:
    values = [axis.low + (axis.high - axis.low) * step / 4 for step in range(5)]
    return [
        f'<text x="{axis.place(value):.1f}" y="{height - 8}" font-size="11" '
        f'text-anchor="middle">{value:,.0f}</text>'
        for value in values
    ]
