"""Builds ../labels.json from the label sources s_*.py and docs.py (run: python3 build.py).
The format of the sources and the codes: ../../holdout_tools.py."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..'))
from holdout_tools import build
build(HERE, 'holdout13')
