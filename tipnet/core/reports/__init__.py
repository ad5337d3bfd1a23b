"""Network aggregates and the global report: counts that may leave an organisation."""
