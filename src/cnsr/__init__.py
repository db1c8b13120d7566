"""cnsr: rate corporate carbon-neutrality social responsibility (企业碳中和社会责任) from disclosures."""

__version__ = "0.1.0"
