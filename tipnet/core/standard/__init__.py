"""HTCDS v2.0 (IOM, CC BY 4.0): vocabularies, record types, rules and exchange formats."""
