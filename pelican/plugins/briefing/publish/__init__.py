"""Publishing: the checks on the written site (fidelity, links), search index, bundle, one file."""
