"""tipnet's pure-Python core: domain rules, statistics and linkage.

Nothing under this package may import Django, the web layer or settings; an
import-linter contract and a test enforce it.
"""
