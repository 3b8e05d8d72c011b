"""Make a first-cut label source for one document (see ../../holdout_tools.py).
Usage: python3 skeleton.py <doc id> <out file>"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from holdout_tools import skeleton
skeleton(sys.argv[1], sys.argv[2])
