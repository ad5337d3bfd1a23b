"""Multiple systems estimation: the hidden number of victims from overlapping lists.

Public entry points:

* :func:`read_capture_histories`, :func:`capture_histories_from_table`,
  :func:`capture_histories_from_memberships` build a validated :class:`CaptureHistories`.
* :func:`estimate_population` runs a method (stepwise, BIC, AIC, Home Office, fixed,
  downhill, Bayesian thresholding, Madigan-York, LCMCR latent classes) and returns a frozen
  :class:`PopulationEstimate` with intervals, every fitted model, warnings and assumptions.
* :func:`estimate_latent_class` / :func:`sample_latent_class_posterior`: the LCMCR
  Dirichlet-process latent-class model (Manrique-Vallier 2016) with its Gibbs sampler.
* :func:`check_model_status` gives the existence/identifiability code of one model.
* :mod:`~tipnet.core.estimation.strata` estimates by stratum, separately or pooled.
* :func:`fit_closed_population_model`, :func:`fit_closed_population_models`,
  :func:`fit_hierarchical_heterogeneity_models` (Rcapture ``closedp.t``/``closedpCI.t``/
  ``closedpMS.t``: heterogeneity models Mh/Mth with Chao, Poisson, Darroch, Gamma; Mb, Mbh)
  and :func:`fit_frequency_model` for frequencies of capture (``closedp.0``/``closedpCI.0``).
"""

from __future__ import annotations

from tipnet.core.estimation.closed_population import (
    CaptureModel,
    ClosedPopulationFit,
    Heterogeneity,
    best_fit,
)
from tipnet.core.estimation.estimate import EstimationMethod, estimate_population
from tipnet.core.estimation.existence import ModelStatus
from tipnet.core.estimation.existence import check_model_status as check_status_of_terms
from tipnet.core.estimation.fitting import ModelFit, fit_model
from tipnet.core.estimation.frequencies import (
    CaptureFrequencies,
    capture_frequencies_from_table,
    fit_frequency_model,
    fit_frequency_models,
    read_capture_frequencies,
)
from tipnet.core.estimation.heterogeneity import (
    fit_closed_population_model,
    fit_closed_population_models,
    fit_hierarchical_heterogeneity_models,
)
from tipnet.core.estimation.histories import (
    CaptureHistories,
    capture_histories_from_memberships,
    capture_histories_from_table,
    histories_from_counts,
    read_capture_histories,
)
from tipnet.core.estimation.intervals import Interval
from tipnet.core.estimation.latent_class import (
    LatentClassPosterior,
    LatentClassSettings,
    estimate_latent_class,
    sample_latent_class_posterior,
)
from tipnet.core.estimation.lists import (
    DroppedList,
    drop_noninformative_lists,
    find_noninformative_lists,
    merge_lists,
    omit_lists,
)
from tipnet.core.estimation.madigan_york import (
    MadiganYorkPosterior,
    TotalPosterior,
    madigan_york_posterior,
    madigan_york_total_posterior,
)
from tipnet.core.estimation.models import (
    HierarchicalModel,
    enumerate_hierarchical_models,
    main_effects_model,
    parse_model,
)
from tipnet.core.estimation.results import ASSUMPTIONS, PopulationEstimate, TopModel
from tipnet.core.estimation.strata import (
    StratifiedEstimate,
    StratifiedHistories,
    estimate_each_stratum,
    estimate_pooled_strata,
    stratify_table,
)


def check_model_status(histories: CaptureHistories, model: str) -> ModelStatus:
    """Existence/identifiability code of one model on one table (0, 1, 2 or 3).

    Args:
        histories: the capture-history table.
        model: the model, e.g. ``"[12,13,23]"``.

    References:
        Chan, Silverman & Vincent (2021), Table 3; Fienberg & Rinaldo (2012).
    """
    parsed = parse_model(model, histories.list_count, histories.list_names)
    return check_status_of_terms(parsed.list_count, parsed.terms, histories.count_vector())


__all__ = [
    "ASSUMPTIONS",
    "CaptureFrequencies",
    "CaptureHistories",
    "CaptureModel",
    "ClosedPopulationFit",
    "DroppedList",
    "EstimationMethod",
    "Heterogeneity",
    "HierarchicalModel",
    "Interval",
    "LatentClassPosterior",
    "LatentClassSettings",
    "MadiganYorkPosterior",
    "ModelFit",
    "ModelStatus",
    "PopulationEstimate",
    "StratifiedEstimate",
    "StratifiedHistories",
    "TopModel",
    "TotalPosterior",
    "best_fit",
    "capture_frequencies_from_table",
    "capture_histories_from_memberships",
    "capture_histories_from_table",
    "check_model_status",
    "drop_noninformative_lists",
    "enumerate_hierarchical_models",
    "estimate_each_stratum",
    "estimate_latent_class",
    "estimate_pooled_strata",
    "estimate_population",
    "find_noninformative_lists",
    "fit_closed_population_model",
    "fit_closed_population_models",
    "fit_frequency_model",
    "fit_frequency_models",
    "fit_hierarchical_heterogeneity_models",
    "fit_model",
    "histories_from_counts",
    "madigan_york_posterior",
    "madigan_york_total_posterior",
    "main_effects_model",
    "merge_lists",
    "omit_lists",
    "parse_model",
    "read_capture_frequencies",
    "read_capture_histories",
    "sample_latent_class_posterior",
    "stratify_table",
]
