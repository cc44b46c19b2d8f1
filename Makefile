# Bootstrap a virtual environment, then hand over to invoke (tasks.py).
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: site publish test clean

site: $(STAMP)
	$(VENV)/bin/invoke site

# The published site: make publish BRIEFING_SITE_URL=https://briefing.example.org
publish: $(STAMP)
	$(VENV)/bin/invoke publish

test: $(STAMP)
	$(VENV)/bin/invoke test

clean:
	rm -rf $(VENV) output dist cache

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)
