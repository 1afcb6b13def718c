"""rectcheck: critique Chinese rectification reports before they are published."""

__version__ = "0.1.0"
